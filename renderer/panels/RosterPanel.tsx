// The people of the meeting with where each sits and why (8.3); 请假 and 代会 for last-minute
// changes (8.1).
import { useMemo, useState } from 'react';
import { explainPlacementIn } from '../../shared/arrange/explain';
import { sortPeople } from '../../shared/arrange/order';
import { addSubstitute, setAbsent } from '../../shared/model/edits';
import type { Person } from '../../shared/model/schema';
import { seatCode } from '../../shared/i18n/place-names';
import { useMessages } from '../i18n/useMessages';
import { pickText, useLanguage } from '../i18n/shared-text';
import { useZuoci } from '../store/store';
import { PERSON_DRAG_TYPE } from './drag';
import { askForm } from './dialogs/form';
import { centreOnSeat } from '../canvas/view-commands';
import { drawingFor } from '../canvas/room-cache';

const MAX_ROWS = 300;

export function RosterPanel() {
  const messages = useMessages();
  const language = useLanguage();
  const project = useZuoci((state) => state.project);
  const commit = useZuoci((state) => state.commit);
  const seatOf = useMemo(() => {
    const seats = new Map(drawingFor(project.venue).seats.map(({ seat }) => [seat.id, seat]));
    return new Map(Object.entries(project.assignment).map(([seatId, personId]) => [personId, seats.get(seatId)]));
  }, [project.venue, project.assignment]);
  const [query, setQuery] = useState('');
  const people = useMemo(() => sortPeople(project.people), [project.people]);
  const seatedCount = people.filter((person) => seatOf.get(person.id)).length;
  // A large roster is searched, not scrolled: only the first rows that match are drawn.
  const matching = query.trim() ? people.filter((p) => p.name.includes(query.trim()) || p.unit.includes(query.trim())) : people;
  const shown = matching.slice(0, MAX_ROWS);

  const substitute = async (person: Person) => {
    // The substitute's own unit and title start empty: never the absent leader's (protocol 8.1).
    const values = await askForm({
      title: messages.substituteTitle(person.name),
      fields: [
        { key: 'name', kind: 'text', label: messages.substituteName, required: true },
        { key: 'unit', kind: 'text', label: messages.substituteUnit },
        { key: 'title', kind: 'text', label: messages.substituteJob },
      ],
      submitLabel: messages.substituteSubmit,
    });
    if (values) commit((p) => addSubstitute(p, person.id, { name: String(values.name), unit: String(values.unit), title: String(values.title) }));
  };

  return (
    <aside className="roster-panel" aria-label={messages.roster}>
      <h2>
        {messages.roster} <small>{people.length} {messages.people} · {messages.seated} {seatedCount}</small>
      </h2>
      {people.length > 0 && (
        <input className="roster-search" type="search" data-control="roster-search" placeholder={messages.searchRoster} value={query} onChange={(e) => setQuery(e.target.value)} />
      )}
      {people.length === 0 ? (
        <p className="empty">{messages.noPeople}</p>
      ) : (
        <table>
          <tbody>
            {shown.map((person) => {
              const seat = seatOf.get(person.id);
              return (
                <tr
                  key={person.id}
                  data-person={person.name}
                  className={person.absent ? 'is-absent' : undefined}
                  // Explained when the pointer reaches the row, not for every row on every change.
                  onMouseEnter={(event) => (event.currentTarget.title = seat ? pickText(explainPlacementIn(project, seat, person), language) : messages.dragHint)}
                  draggable
                  onDragStart={(event) => event.dataTransfer.setData(PERSON_DRAG_TYPE, person.id)}
                  onClick={(event) => seat && !(event.target as Element).closest('input, button') && centreOnSeat(seat.id)}
                >
                  <td className="rank">{person.rank ?? ''}</td>
                  <td className="name">{person.name}</td>
                  <td className="unit" title={person.unit}>{person.unit}</td>
                  <td className="seat">{seat ? seatCode(seat, language) : <span className="unseated">{messages.unseated}</span>}</td>
                  <td className="absent">
                    <label title={messages.absent}>
                      <input type="checkbox" data-control="absent" checked={person.absent} onChange={(event) => commit((p) => setAbsent(p, person.id, event.target.checked))} />
                    </label>
                  </td>
                  <td>
                    {!person.substituteFor && (
                      <button type="button" className="link" data-control="substitute" onClick={() => void substitute(person)}>{messages.substitute}</button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {matching.length > shown.length && <p className="empty">{messages.moreRows(matching.length - shown.length)}</p>}
    </aside>
  );
}
