// Zoom, fit, pan and find: they move the view, never the document, so they are never undo steps.
import { fitRoom, PAN_STEP_PX, panView, zoomBy, ZOOM_STEP } from '../canvas/view-commands';
import { useZuoci } from '../store/store';
import { ctrl, plain, type Action } from './action';

export const zoomInAction: Action = {
  name: 'zoomIn',
  label: (m) => m.zoomIn,
  shortcut: 'Ctrl+=',
  keyTest: (e) => ctrl(e, '=') || ctrl(e, '+', true) || ctrl(e, '+'),
  perform: () => zoomBy(ZOOM_STEP),
};

export const zoomOutAction: Action = {
  name: 'zoomOut',
  label: (m) => m.zoomOut,
  shortcut: 'Ctrl+-',
  keyTest: (e) => ctrl(e, '-') || ctrl(e, '_', true),
  perform: () => zoomBy(1 / ZOOM_STEP),
};

export const zoomFitAction: Action = {
  name: 'zoomFit',
  label: (m) => m.zoomFit,
  shortcut: 'Ctrl+0',
  keyTest: (e) => ctrl(e, '0'),
  perform: fitRoom,
};

export const findAction: Action = {
  name: 'find',
  label: (m) => m.find,
  shortcut: 'Ctrl+F',
  inTextFields: true,
  keyTest: (e) => ctrl(e, 'f'),
  perform: () => {
    const input = document.querySelector<HTMLInputElement>('[data-control="find"]');
    input?.focus();
    input?.select();
  },
};

/** Arrow keys pan when no seat is selected (with a selection they are left for seat commands). */
const nothingSelected = () => useZuoci.getState().selectedSeatIds.length === 0;
const pan = (name: string, key: string, dx: number, dy: number): Action => ({
  name,
  label: (m) => m.pan,
  predicate: nothingSelected,
  keyTest: (e) => plain(e, key),
  perform: () => panView(dx * PAN_STEP_PX, dy * PAN_STEP_PX),
});
export const PAN_ACTIONS: Action[] = [
  pan('panLeft', 'ArrowLeft', 1, 0), pan('panRight', 'ArrowRight', -1, 0), pan('panUp', 'ArrowUp', 0, 1), pan('panDown', 'ArrowDown', 0, -1),
];
