// Every Action by name, and the lists the toolbar and the context menu are built from. The
// Electron application menu names the same actions (electron/main/menu.ts; a unit test checks).
import type { Action } from './action';
import { openAction, redoAction, saveAction, undoAction } from './document-actions';
import { arrangeAllAction, arrangeRostrumAction, exportCardsAction, importRosterAction, printAction, printSessionsCardsAction } from './meeting-actions';
import { clearSeatsAction, lockSeatsAction, selectAllAction, selectNoneAction, showSeatingGapsAction, unlockSeatsAction } from './seat-actions';
import { findAction, PAN_ACTIONS, zoomFitAction, zoomInAction, zoomOutAction } from './view-actions';
import { SESSION_ACTIONS } from './session-actions';
import { ELEMENT_ACTIONS } from './element-actions';
import { TEMPLATE_ACTIONS } from './template-actions';
import { exportExcelAction } from './excel-actions';
import { printCardChecklistAction } from './checklist-actions';
import { TRACE_ACTIONS } from './trace-actions';
import { pasteRosterAction } from '../panels/import/import-actions';
import { DESIGN_ACTIONS } from './design-actions';
import { ROSTER_ACTIONS } from '../panels/roster/roster-actions';
import { signInDeskAction } from './signin-actions';

export const ALL_ACTIONS: Action[] = [
  // First, since the first action whose key test matches wins: Delete in the focused roster table
  // deletes its rows; in layout mode arrows, Delete, Ctrl+A and Escape act on elements.
  ...ROSTER_ACTIONS, ...DESIGN_ACTIONS,
  openAction, saveAction, importRosterAction, pasteRosterAction, exportCardsAction, printAction, exportExcelAction, printCardChecklistAction,
  undoAction, redoAction, selectAllAction, selectNoneAction, lockSeatsAction, unlockSeatsAction, clearSeatsAction,
  zoomInAction, zoomOutAction, zoomFitAction, findAction, ...PAN_ACTIONS,
  arrangeRostrumAction, arrangeAllAction, printSessionsCardsAction, ...SESSION_ACTIONS, ...ELEMENT_ACTIONS, ...TEMPLATE_ACTIONS,
  showSeatingGapsAction,
  ...TRACE_ACTIONS,
  signInDeskAction,
];

const byName = new Map(ALL_ACTIONS.map((action) => [action.name, action]));
export const actionByName = (name: string): Action | undefined => byName.get(name);

/** The toolbar's order. */
export const TOOLBAR_ACTIONS: Action[] = [
  openAction, saveAction, importRosterAction, pasteRosterAction, arrangeRostrumAction, arrangeAllAction, exportCardsAction, printAction, exportExcelAction, undoAction, redoAction, signInDeskAction,
];

export const CONTEXT_MENU: (Action | 'separator')[] = [
  lockSeatsAction, unlockSeatsAction, clearSeatsAction, 'separator', selectAllAction, selectNoneAction, 'separator',
  zoomInAction, zoomOutAction, zoomFitAction, 'separator', arrangeAllAction, printCardChecklistAction,
];
