// The people of the meeting with where each sits: the roster side of the canvas.
import { useMemo } from 'react';
import { sortPeople } from '../../shared/arrange/order';
import { deriveSeats } from '../../shared/layout/seats';
import { placementCode } from '../../shared/print/card-list';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';

export function RosterPanel() {
  const messages = useMessages();
  const project = useZuoci((state) => state.project);
  const seatOf = useMemo(() => {
    const seats = new Map(deriveSeats(project.venue).map((seat) => [seat.id, seat]));
    return new Map(Object.entries(project.assignment).map(([seatId, personId]) => [personId, seats.get(seatId)]));
  }, [project.venue, project.assignment]);
  const people = useMemo(() => sortPeople(project.people), [project.people]);
  const seatedCount = people.filter((person) => seatOf.get(person.id)).length;

  return (
    <aside className="roster-panel" aria-label={messages.roster}>
      <h2>
        {messages.roster} <small>{people.length} {messages.people} · {messages.seated} {seatedCount}</small>
      </h2>
      {people.length === 0 ? (
        <p className="empty">{messages.noPeople}</p>
      ) : (
        <table>
          <tbody>
            {people.map((person) => {
              const seat = seatOf.get(person.id);
              return (
                <tr key={person.id} data-person-id={person.id}>
                  <td className="rank">{person.rank ?? ''}</td>
                  <td className="name">{person.name}</td>
                  <td className="unit">{person.unit}</td>
                  <td className="seat">{seat ? placementCode(seat) : <span className="unseated">{messages.unseated}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </aside>
  );
}
