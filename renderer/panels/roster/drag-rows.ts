// What a roster row carries when dragged onto the canvas (format in ../drag.ts): one id as it
// always was, or, when several selected rows are dragged together, a JSON array of their ids in
// the table's order, which the canvas fills into consecutive seats.
import { PERSON_DRAG_TYPE, personDragData } from '../drag';

export function setPersonDrag(dataTransfer: DataTransfer, ids: readonly string[]): void {
  dataTransfer.setData(PERSON_DRAG_TYPE, personDragData(ids));
  dataTransfer.effectAllowed = 'copyMove';
}
