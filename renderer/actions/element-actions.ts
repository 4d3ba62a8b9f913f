// 会场设计: add, change, duplicate and delete room elements. Each is one undo step; people whose
// seats disappear are unassigned in that same step and named in a notice.
import { addElement, deleteElement, duplicateElement, namesOf, updateElement, type ElementEdit } from '../../shared/model/element-edits';
import { paletteElement, type PaletteItem } from '../../shared/model/palette';
import { freeSpot } from '../../shared/model/free-spot';
import { useDesign } from '../canvas/design/design-store';
import type { Project, VenueElement } from '../../shared/model/schema';
import { MESSAGES } from '../i18n/i18n';
import { askConfirm } from '../panels/dialogs/ask';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';
import type { Action } from './action';

const messages = () => MESSAGES[useZuoci.getState().language].designer;

/** The element the designer panel shows and edits: the zone picked there or in the rules panel, else the first. */
export const shownElement = (elements: readonly VenueElement[], selectedId: string | null): VenueElement | undefined =>
  elements.find((e) => e.id === selectedId) ?? elements[0];

export const selectedElement = (): VenueElement | undefined => {
  const { project, selectedZoneId } = useZuoci.getState();
  return shownElement(project.venue.elements, selectedZoneId);
};

/** Run one element edit as one undo step, and say who lost their seat. */
export function commitEdit(edit: (project: Project) => ElementEdit): ElementEdit | null {
  const state = useZuoci.getState();
  let result: ElementEdit | null = null;
  let names: string[] = [];
  state.commit((project) => {
    result = edit(project);
    names = namesOf(project, result.unassigned);
    return result.project;
  });
  if (names.length) {
    const lost = names;
    tell({ kind: 'warning', key: 'designer', say: (m) => m.designer.unassigned(lost.length), sayDetails: (_m, language) => [lost.join(language === 'en' ? ', ' : '、')] });
  }
  return result;
}

export function editElement(elementId: string, change: Partial<VenueElement>): void {
  commitEdit((project) => updateElement(project, elementId, change));
}

export function addFromPalette(item: PaletteItem): void {
  const venue = useZuoci.getState().project.venue;
  const fresh = paletteElement(item, venue);
  // At a free spot, not on the seats already there (the room's outline starts at its corner).
  const element = item === 'outline' ? fresh : freeSpot(venue, fresh);
  commitEdit((project) => addElement(project, element));
  useZuoci.getState().selectZone(element.id);
  // In layout mode the canvas selects it too: its handles move to the new element.
  if (useDesign.getState().active) useDesign.getState().select([element.id]);
}

export const duplicateElementAction: Action = {
  name: 'duplicateElement',
  label: (m) => m.designer.duplicate,
  predicate: () => selectedElement() !== undefined,
  perform() {
    const element = selectedElement();
    if (!element) return;
    let copyId: string | null = null;
    commitEdit((project) => {
      const result = duplicateElement(project, element.id);
      copyId = result.elementId;
      return result;
    });
    if (copyId) useZuoci.getState().selectZone(copyId);
  },
};

export const deleteElementAction: Action = {
  name: 'deleteElement',
  label: (m) => m.designer.delete,
  predicate: () => selectedElement() !== undefined,
  async perform() {
    const element = selectedElement();
    if (!element) return;
    const name = element.kind === 'object' ? element.label : element.name;
    const seated = Object.keys(useZuoci.getState().project.assignment).some((seat) => seat.startsWith(`${element.id}:`));
    if (seated && !(await askConfirm(messages().deleteConfirm(name), { danger: true }))) return;
    commitEdit((project) => deleteElement(project, element.id));
  },
};

export const ELEMENT_ACTIONS: Action[] = [duplicateElementAction, deleteElementAction];
