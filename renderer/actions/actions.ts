import type { Action } from './action';
import { openAction, redoAction, saveAction, undoAction } from './document-actions';
import { arrangeAllAction, arrangeRostrumAction, exportCardsAction, importRosterAction, printAction } from './meeting-actions';

/** The toolbar's order. */
export const TOOLBAR_ACTIONS: Action[] = [
  openAction, saveAction, importRosterAction, arrangeRostrumAction, arrangeAllAction, exportCardsAction, printAction, undoAction, redoAction,
];
