// Dragging people from the roster (or the unseated list) onto the canvas.

/**
 * The drag-and-drop payload type for people dragged onto the canvas. Its data is either one person
 * id (a single row, as it always was) or a JSON array of person ids in the roster's order (several
 * selected rows: they fill consecutive empty seats from the drop seat on). Write it with
 * `personDragData`, read it with `personIdsFromDrag`. Ids never start with `[` (they are UUIDs).
 */
export const PERSON_DRAG_TYPE = 'application/x-zuoci-person';

export const personDragData = (personIds: readonly string[]): string =>
  personIds.length === 1 ? personIds[0]! : JSON.stringify(personIds);

/** The person ids a drop carries, in order; [] for anything else (a drag from another app). */
export function personIdsFromDrag(data: string): string[] {
  const text = data.trim();
  if (!text.startsWith('[')) return text ? [text] : [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && id.length > 0) : [];
  } catch {
    return [];
  }
}
