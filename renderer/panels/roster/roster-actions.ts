// The roster table's commands: add a person, delete the picked rows (the Delete key while the
// table has the focus, never in a text field), open the table wide below the canvas.
import { seatCode } from '../../../shared/i18n/place-names';
import { addPerson, deletePeople } from '../../../shared/model/roster-edits';
import { plain, type Action } from '../../actions/action';
import { isTextField } from '../../actions/text-field';
import { MESSAGES } from '../../i18n/i18n';
import { useZuoci } from '../../store/store';
import { tell } from '../../store/notice-words';
import { NO_FILTERS, useRosterView } from './roster-view';
import { seatsOf } from './use-roster-rows';

const pickedPeople = () => {
  const people = new Set(useZuoci.getState().meeting.people.map((person) => person.id));
  return useRosterView.getState().selectedIds.filter((id) => people.has(id));
};

/** The key reached the table itself or a row (not a cell being typed in). */
function inTable(event: KeyboardEvent): boolean {
  const target = event.target as { closest?: (selector: string) => unknown } | null;
  return typeof target?.closest === 'function' && target.closest('[data-roster-table]') !== null && !isTextField(event.target);
}

export const deleteRosterRowsAction: Action = {
  name: 'deleteRosterRows',
  label: (m) => m.rosterTable.delete,
  shortcut: 'Delete',
  predicate: () => pickedPeople().length > 0,
  keyTest: (event) => plain(event, 'Delete') && inTable(event),
  perform: () => {
    const state = useZuoci.getState();
    const deletion = deletePeople(state.meeting, pickedPeople());
    state.commitMeeting(() => deletion.meeting);
    useRosterView.getState().select([], null);
    // Whoever sat somewhere leaves an empty seat: say which, in every session.
    const names = new Map(state.meeting.people.map((person) => [person.id, person.name]));
    const freed = deletion.freedSeats.map(({ personId, sessionId, seatId }) => {
      const session = state.meeting.sessions.find((s) => s.id === sessionId)!;
      return { name: names.get(personId) ?? '', session: session.name, seatId, seat: seatsOf(session.venue).get(seatId)?.seat };
    });
    tell({
      kind: 'info',
      key: 'roster-delete',
      say: (m) => `${m.rosterTable.deleted(deletion.removedIds.length)}${freed.length ? ` ${m.rosterTable.freedSeats(freed.length)}` : ''}`,
      ...(freed.length ? { sayDetails: (m, language) => freed.map((f) => m.rosterTable.freedSeat(f.name, f.session, f.seat ? seatCode(f.seat, language) : f.seatId)) } : {}),
    });
  },
};

export const addRosterPersonAction: Action = {
  name: 'addRosterPerson',
  label: (m) => m.rosterTable.add,
  perform: () => {
    const state = useZuoci.getState();
    const added = addPerson(state.meeting, state.sessionId, { name: MESSAGES[state.language].rosterTable.newPersonName });
    state.commitMeeting(() => added.meeting);
    // The new row in view, picked, its name open for typing.
    const view = useRosterView.getState();
    view.setFilters({ ...NO_FILTERS, scope: view.filters.scope });
    view.select([added.personId], added.personId);
    view.setActiveColumn('name');
    view.setEditing({ personId: added.personId, column: 'name' });
  },
};

export const toggleRosterTableAction: Action = {
  name: 'toggleRosterTable',
  label: (m) => (useRosterView.getState().expanded ? m.rosterTable.collapse : m.rosterTable.expand),
  perform: () => useRosterView.getState().setExpanded(!useRosterView.getState().expanded),
};

export const ROSTER_ACTIONS: Action[] = [deleteRosterRowsAction, addRosterPersonAction, toggleRosterTableAction];
