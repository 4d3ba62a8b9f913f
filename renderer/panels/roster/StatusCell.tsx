// 状态 in the open session: a box labelled 请假, ticked or not, 代会 (a form for the stand-in's own name, unit and
// title: never the absent leader's, protocol 8.1), or who stands in for whom.
import { addSubstitute, setAbsent } from '../../../shared/model/edits';
import type { RosterPerson } from '../../../shared/model/meeting-schema';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { askForm } from '../dialogs/form';
import type { RosterRow } from './rows';

export function StatusCell({ row }: { row: RosterRow }) {
  const messages = useMessages();
  const t = messages.rosterTable;
  const commit = useZuoci((state) => state.commit);
  const { person, status } = row;
  if (status === 'not-attending') return <span className="muted">{t.statuses['not-attending']}</span>;
  const substitute = async (absent: RosterPerson) => {
    const values = await askForm({
      title: messages.substituteTitle(absent.name),
      fields: [
        { key: 'name', kind: 'text', label: messages.substituteName, required: true },
        { key: 'unit', kind: 'text', label: messages.substituteUnit },
        { key: 'title', kind: 'text', label: messages.substituteJob },
      ],
      submitLabel: messages.substituteSubmit,
    });
    if (values) commit((p) => addSubstitute(p, absent.id, { name: String(values.name), unit: String(values.unit), title: String(values.title) }));
  };
  return (
    <span className="status-cell">
      {/* The box says what ticking it does (请假), whatever the state: a box labelled 出席 that
          meant 请假 when ticked read backwards. */}
      <label title={messages.absent}>
        <input type="checkbox" data-control="absent" checked={status !== 'present'} onChange={(event) => commit((p) => setAbsent(p, person.id, event.target.checked))} />
        <span className="status-word">{t.statuses.absent}</span>
      </label>
      {row.standsInFor && <small className="muted"> {t.standsInFor(row.standsInFor.name)}</small>}
      {row.substitutedBy && <small className="muted"> {t.substitutedBy(row.substitutedBy.name)}</small>}
      {!person.substituteFor && status !== 'substituted' && (
        <button type="button" className="link" data-control="substitute" onClick={() => void substitute(person)}>{messages.substitute}</button>
      )}
    </span>
  );
}
