// The whole roster of the meeting (not only this session's): who attends the open session, by
// hand, and who belongs to which 分组. A large roster is searched, not scrolled.
import { useMemo, useState } from 'react';
import { addGroup, setAttends, setMembership } from '../../../shared/model/session-edits';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { askText } from '../dialogs/ask';

const MAX_ROWS = 200;

export function MeetingRoster() {
  const t = useMessages().sessions;
  const people = useZuoci((state) => state.meeting.people);
  const groups = useZuoci((state) => state.meeting.groups);
  const sessionId = useZuoci((state) => state.sessionId);
  // The open session's plan holds exactly its attendees (derived once per change, cached).
  const attending = useZuoci((state) => state.project.people);
  const commitMeeting = useZuoci((state) => state.commitMeeting);
  const [query, setQuery] = useState('');
  const attends = useMemo(() => new Set(attending.map((p) => p.id)), [attending]);
  const groupsOf = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const group of groups) for (const id of group.memberIds) map.set(id, [...(map.get(id) ?? []), group.id]);
    return map;
  }, [groups]);
  const matching = query.trim() ? people.filter((p) => p.name.includes(query.trim()) || p.unit.includes(query.trim())) : people;

  const newGroup = async () => {
    const name = await askText(t.addGroupPrompt);
    if (name) commitMeeting((m) => addGroup(m, name));
  };

  return (
    <details className="meeting-roster" data-testid="meeting-roster">
      <summary>{t.showAll}（{people.length}）</summary>
      <div className="meeting-roster-tools">
        <input type="search" data-control="meeting-roster-search" value={query} onChange={(e) => setQuery(e.target.value)} aria-label={t.showAll} />
        <button type="button" data-action="addGroup" onClick={() => void newGroup()}>{t.addGroup}</button>
      </div>
      <table>
        <thead><tr><th>{t.attends}</th><th /><th>{t.groups}</th></tr></thead>
        <tbody>
          {matching.slice(0, MAX_ROWS).map((person) => (
            <tr key={person.id} data-roster-person={person.name}>
              <td><input type="checkbox" data-control="attends" checked={attends.has(person.id)} disabled={person.substituteFor !== null} onChange={(e) => commitMeeting((m) => setAttends(m, sessionId, person.id, e.target.checked))} /></td>
              <td>{person.name}<small> {person.unit}</small></td>
              <td className="group-tags">
                {groups.map((group) => {
                  const member = groupsOf.get(person.id)?.includes(group.id) ?? false;
                  return (
                    <label key={group.id} className={member ? 'member' : ''}>
                      <input type="checkbox" data-control="member" data-group={group.name} checked={member} onChange={(e) => commitMeeting((m) => setMembership(m, group.id, person.id, e.target.checked))} />
                      {group.name}
                    </label>
                  );
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
