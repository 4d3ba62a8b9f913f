/** The drag-and-drop payload type for a person dragged from the roster onto the canvas. */
export const PERSON_DRAG_TYPE = 'application/x-zuoci-person';
