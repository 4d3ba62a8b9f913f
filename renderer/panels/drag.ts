/**
 * The drag-and-drop payload type for people dragged from the roster onto the canvas. The payload
 * is either one person id (a single row, as always) or, when several selected rows are dragged,
 * a JSON array of person ids in the table's order (`["id1","id2"]`), to fill consecutive seats.
 * A payload starting with `[` is the array; ids never start with `[` (they are UUIDs).
 */
export const PERSON_DRAG_TYPE = 'application/x-zuoci-person';
