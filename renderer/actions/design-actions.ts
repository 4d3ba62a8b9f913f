// Layout mode's commands (布置): the mode itself, nudging, aligning, distributing, duplicating,
// copying, pasting and deleting the selected elements. Each edit is one undo step; people whose
// seats disappear are unassigned in that step and named. Shortcuts act only in layout mode with
// elements selected, so otherwise the same keys keep their seat and view meanings.
import { alignElements, distributeElements, moveElements, type Alignment, type Axis } from '../../shared/model/element-arrange';
import { copyElements, pasteElements } from '../../shared/model/element-clipboard';
import { deleteElement, duplicateElement, type ElementEdit } from '../../shared/model/element-edits';
import type { Project } from '../../shared/model/schema';
import { selectedElementIds, useDesign } from '../canvas/design/design-store';
import { reportUnassigned } from '../canvas/design/gestures';
import { MESSAGES } from '../i18n/i18n';
import type { Messages } from '../i18n/zh-CN';
import { askConfirm } from '../panels/dialogs/ask';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';
import { ctrl, plain, type Action } from './action';

const active = () => useDesign.getState().active;
const count = () => (active() ? selectedElementIds().length : 0);
const some = () => count() > 0;
const layoutMessages = (language: string): Messages['layout'] => MESSAGES[language === 'en' ? 'en' : 'zh-CN'].layout;

/** An arrow key with Shift exactly as asked and no other modifier. */
const arrow = (e: KeyboardEvent, key: string, shift: boolean) => !e.ctrlKey && !e.metaKey && !e.altKey && e.shiftKey === shift && e.key === key;

/** One element edit as one undo step, naming anyone unseated. */
function commitEdit(edit: (project: Project) => ElementEdit): void {
  const before = useZuoci.getState().project;
  let result: ElementEdit | null = null;
  useZuoci.getState().commit((project) => (result = edit(project)).project);
  if (result) reportUnassigned(before, result);
}

export const layoutModeAction: Action = {
  name: 'layoutMode',
  label: (m) => m.layout.mode,
  shortcut: 'L',
  keyTest: (e) => plain(e, 'l') || plain(e, 'L'),
  perform: () => useDesign.getState().setActive(!active()),
};

const NUDGE_CM = 10;
const NUDGE_FAR_CM = 100;
const nudge = (name: string, key: string, dx: number, dy: number, far: boolean): Action => ({
  name,
  label: (m) => (far ? m.layout.nudgeFar : m.layout.nudge),
  shortcut: far ? `Shift+${key.replace('Arrow', '')}` : key.replace('Arrow', ''),
  predicate: some,
  keyTest: (e) => some() && arrow(e, key, far),
  perform() {
    const step = far ? NUDGE_FAR_CM : NUDGE_CM;
    const ids = selectedElementIds();
    useZuoci.getState().commit((p) => moveElements(p, ids, dx * step, dy * step));
  },
});
const NUDGE_ACTIONS: Action[] = ([['Left', 'ArrowLeft', -1, 0], ['Right', 'ArrowRight', 1, 0], ['Up', 'ArrowUp', 0, -1], ['Down', 'ArrowDown', 0, 1]] as const)
  .flatMap(([side, key, dx, dy]) => [nudge(`nudge${side}`, key, dx, dy, false), nudge(`nudge${side}Far`, key, dx, dy, true)]);

const align = (how: Alignment, label: (m: Messages) => string): Action => ({
  name: `align${how[0]!.toUpperCase()}${how.slice(1)}`,
  label,
  predicate: () => count() >= 2,
  perform() {
    const ids = selectedElementIds();
    useZuoci.getState().commit((p) => alignElements(p, ids, how));
  },
});
export const ALIGN_ACTIONS: Action[] = [
  align('left', (m) => m.layout.alignLeft), align('centre', (m) => m.layout.alignCentre), align('right', (m) => m.layout.alignRight),
  align('top', (m) => m.layout.alignTop), align('middle', (m) => m.layout.alignMiddle), align('bottom', (m) => m.layout.alignBottom),
];

const distribute = (axis: Axis, label: (m: Messages) => string): Action => ({
  name: `distribute${axis === 'horizontal' ? 'Horizontal' : 'Vertical'}`,
  label,
  predicate: () => count() >= 3,
  perform() {
    const ids = selectedElementIds();
    useZuoci.getState().commit((p) => distributeElements(p, ids, axis));
  },
});
export const DISTRIBUTE_ACTIONS: Action[] = [distribute('horizontal', (m) => m.layout.distributeHorizontal), distribute('vertical', (m) => m.layout.distributeVertical)];

export const duplicateElementsAction: Action = {
  name: 'duplicateElements',
  label: (m) => m.layout.duplicate,
  shortcut: 'Ctrl+D',
  predicate: some,
  keyTest: (e) => some() && ctrl(e, 'd'),
  perform() {
    const copies: string[] = [];
    commitEdit((project) => {
      let current = project;
      for (const id of selectedElementIds()) {
        const edit = duplicateElement(current, id);
        current = edit.project;
        if (edit.elementId) copies.push(edit.elementId);
      }
      return { project: current, unassigned: [] };
    });
    useDesign.getState().select(copies);
  },
};

export const copyElementsAction: Action = {
  name: 'copyElements',
  label: (m) => m.layout.copy,
  shortcut: 'Ctrl+C',
  predicate: some,
  keyTest: (e) => some() && ctrl(e, 'c'),
  perform() {
    const clip = copyElements(useZuoci.getState().project, selectedElementIds());
    if (!clip) return;
    useDesign.getState().setClipboard(clip);
    tell({ kind: 'info', key: 'layout-clipboard', say: (_m, language) => layoutMessages(language).copied(clip.elements.length) });
  },
};

const canPaste = () => active() && useDesign.getState().clipboard !== null;
export const pasteElementsAction: Action = {
  name: 'pasteElements',
  label: (m) => m.layout.paste,
  shortcut: 'Ctrl+V',
  predicate: canPaste,
  keyTest: (e) => canPaste() && ctrl(e, 'v'),
  perform() {
    const clip = useDesign.getState().clipboard;
    if (!clip) return;
    let ids: string[] = [];
    commitEdit((project) => {
      const edit = pasteElements(project, clip);
      ids = edit.ids;
      return edit;
    });
    useDesign.getState().select(ids);
    tell({ kind: 'info', key: 'layout-clipboard', say: (_m, language) => layoutMessages(language).pasted(ids.length) });
  },
};

export const deleteElementsAction: Action = {
  name: 'deleteElements',
  label: (m) => m.layout.delete,
  shortcut: 'Delete',
  predicate: some,
  keyTest: (e) => some() && (plain(e, 'Delete') || plain(e, 'Backspace')),
  async perform() {
    const ids = selectedElementIds();
    const { project, language } = useZuoci.getState();
    const seated = Object.keys(project.assignment).filter((seat) => ids.some((id) => seat.startsWith(`${id}:`))).length;
    if (seated && !(await askConfirm(layoutMessages(language).deleteConfirm(ids.length, seated), { danger: true }))) return;
    commitEdit((current) => {
      let next = current;
      const unassigned: string[] = [];
      for (const id of ids) {
        const edit = deleteElement(next, id);
        next = edit.project;
        unassigned.push(...edit.unassigned);
      }
      return { project: next, unassigned };
    });
    useDesign.getState().select([]);
  },
};

export const selectAllElementsAction: Action = {
  name: 'selectAllElements',
  label: (m) => m.layout.selectAll,
  shortcut: 'Ctrl+A',
  predicate: active,
  keyTest: (e) => active() && ctrl(e, 'a'),
  perform: () => useDesign.getState().select(useZuoci.getState().project.venue.elements.map((e) => e.id)),
};

/** Escape in layout mode, when no gesture took it: nothing selected. */
export const selectNoElementsAction: Action = {
  name: 'selectNoElements',
  label: (m) => m.selectNone,
  predicate: some,
  keyTest: (e) => some() && plain(e, 'Escape'),
  perform: () => useDesign.getState().select([]),
};

export const snapAction: Action = {
  name: 'toggleSnap',
  label: (m) => m.layout.snap,
  predicate: active,
  perform: () => useDesign.getState().setSnap(!useDesign.getState().snap),
};

/** Before the seat and view actions in the registry: in layout mode the same keys mean these. */
export const DESIGN_ACTIONS: Action[] = [
  layoutModeAction, ...NUDGE_ACTIONS, ...ALIGN_ACTIONS, ...DISTRIBUTE_ACTIONS, duplicateElementsAction, copyElementsAction,
  pasteElementsAction, deleteElementsAction, selectAllElementsAction, selectNoElementsAction, snapAction,
];

/** The canvas's right-click menu in layout mode. */
export const DESIGN_MENU: (Action | 'separator')[] = [
  copyElementsAction, pasteElementsAction, duplicateElementsAction, deleteElementsAction, 'separator',
  ...ALIGN_ACTIONS, 'separator', ...DISTRIBUTE_ACTIONS, 'separator', selectAllElementsAction, layoutModeAction,
];
