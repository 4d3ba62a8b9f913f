// Commands on the selected seats: lock, unlock, clear, select all, select none; and marking the
// empty seats (with the unseated people listed) for hand seating.
import { setLocked } from '../../shared/model/edits';
import { unseat } from '../../shared/model/hand-seating';
import { useHandSeating } from '../canvas/hand-seating-store';
import { drawingFor } from '../canvas/room-cache';
import { useZuoci } from '../store/store';
import { ctrl, plain, type Action } from './action';

const selection = () => useZuoci.getState().selectedSeatIds;
const anySelected = () => selection().length > 0;
const seated = () => {
  const { project, selectedSeatIds } = useZuoci.getState();
  return selectedSeatIds.filter((id) => project.assignment[id] !== undefined);
};

export const lockSeatsAction: Action = {
  name: 'lockSeats',
  label: (m) => m.lockSeats,
  predicate: () => seated().some((id) => !useZuoci.getState().project.locks.includes(id)),
  perform: () => useZuoci.getState().commit((p) => setLocked(p, selection(), true)),
};

export const unlockSeatsAction: Action = {
  name: 'unlockSeats',
  label: (m) => m.unlock,
  predicate: () => selection().some((id) => useZuoci.getState().project.locks.includes(id)),
  perform: () => useZuoci.getState().commit((p) => setLocked(p, selection(), false)),
};

/** 清空座位: the people on the selected seats become unseated (Delete, or Backspace on a laptop). One undo step. */
export const clearSeatsAction: Action = {
  name: 'clearSeats',
  label: (m) => m.clearSeat,
  shortcut: 'Delete',
  predicate: () => seated().length > 0,
  keyTest: (e) => plain(e, 'Delete') || plain(e, 'Backspace'),
  perform: () => useZuoci.getState().commit((p) => unseat(p, selection())),
};

/** Tint the empty seats on the canvas and list who still needs a seat (the status bar's toggle). */
export const showSeatingGapsAction: Action = {
  name: 'showSeatingGaps',
  label: (m) => (useHandSeating.getState().showGaps ? m.handSeating.hideGaps : m.handSeating.showGaps),
  perform: () => useHandSeating.getState().setShowGaps(!useHandSeating.getState().showGaps),
};

export const selectAllAction: Action = {
  name: 'selectAll',
  label: (m) => m.selectAll,
  shortcut: 'Ctrl+A',
  keyTest: (e) => ctrl(e, 'a'),
  perform: () => useZuoci.getState().selectSeats(drawingFor(useZuoci.getState().project.venue).seats.map((s) => s.seat.id)),
};

export const selectNoneAction: Action = {
  name: 'selectNone',
  label: (m) => m.selectNone,
  shortcut: 'Esc',
  predicate: anySelected,
  keyTest: (e) => plain(e, 'Escape'),
  perform: () => useZuoci.getState().selectSeats([]),
};
