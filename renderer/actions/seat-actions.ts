// Commands on the selected seats: lock, unlock, clear, select all, select none.
import { clearSeats, setLocked } from '../../shared/model/edits';
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

export const clearSeatsAction: Action = {
  name: 'clearSeats',
  label: (m) => m.clearSeat,
  shortcut: 'Delete',
  predicate: () => seated().length > 0,
  keyTest: (e) => plain(e, 'Delete'),
  perform: () => useZuoci.getState().commit((p) => clearSeats(p, selection())),
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
