// Pick a person of the roster by name or pinyin initials (the sign-in desk's index): the first
// matches as buttons, so a 10,000-person roster is searched, never listed.
import { useMemo, useState } from 'react';
import type { RosterPerson } from '../../../shared/model/meeting-schema';
import { searchIndexOf, searchPeople } from '../signin/search-index';

export function PersonPicker({ people, placeholder, onPick, testId }: { people: readonly RosterPerson[]; placeholder: string; onPick: (personId: string) => void; testId: string }) {
  const [query, setQuery] = useState('');
  const index = useMemo(() => searchIndexOf(people), [people]);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const found = useMemo(() => searchPeople(index, query, 6), [index, query]);
  return (
    <span className="person-picker">
      <input type="search" data-control={testId} placeholder={placeholder} value={query} onChange={(e) => setQuery(e.target.value)} />
      {found.map((id) => (
        <button key={id} type="button" className="pick" data-pick={byId.get(id)?.name} onClick={() => { onPick(id); setQuery(''); }}>
          {byId.get(id)?.name}<small>{byId.get(id)?.unit}</small>
        </button>
      ))}
    </span>
  );
}
