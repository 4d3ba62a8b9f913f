// The find box over the canvas: typing centres the first match's seat and rings it; Enter goes to
// the next match. Ctrl+Z typed here undoes the typing, never the seating (see actions/run).
import { useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';
import { findPeople } from './find';
import { centreOnSeat } from './view-commands';
import { useView } from './view-store';

export function FindBox() {
  const messages = useMessages();
  const [query, setQuery] = useState('');
  const [at, setAt] = useState(0);
  const [matches, setMatches] = useState<{ personId: string; seatId: string | undefined }[]>([]);

  const show = (list: typeof matches, index: number) => {
    setAt(index);
    const match = list[index];
    if (match?.seatId) centreOnSeat(match.seatId);
    else useView.getState().setHighlight(null);
  };
  const search = (text: string) => {
    setQuery(text);
    const { project } = useZuoci.getState();
    const seatOf = new Map(Object.entries(project.assignment).map(([seat, person]) => [person, seat]));
    const found = findPeople(project.people, text, (id) => seatOf.get(id)).map((p) => ({ personId: p.id, seatId: seatOf.get(p.id) }));
    setMatches(found);
    show(found, 0);
  };
  const current = matches[at];
  const person = current && useZuoci.getState().project.people.find((p) => p.id === current.personId);
  return (
    <div className="find-box">
      <input
        type="search" data-control="find" placeholder={messages.findPlaceholder} value={query}
        onChange={(e) => search(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && matches.length) show(matches, (at + (e.shiftKey ? matches.length - 1 : 1)) % matches.length);
          if (e.key === 'Escape') {
            search('');
            e.currentTarget.blur();
          }
        }}
      />
      {query.trim() && (
        <span className="find-result" data-testid="find-result">
          {matches.length === 0 ? messages.findNone : `${at + 1}/${matches.length} ${person?.name ?? ''}${current?.seatId ? '' : ` ${messages.unseated}`}`}
        </span>
      )}
    </div>
  );
}
