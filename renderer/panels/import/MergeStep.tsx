// The merge step of a re-import: who is added, who is missing from the new list, whose fields
// change (field: old → new), and the choice to keep the missing people. Nothing is applied here.
import { useMemo } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { importedFrom, mergePlanFor } from './import-flow';
import { useImport, type ImportSession } from './import-state';

export function MergeStep({ session }: { session: ImportSession }) {
  const messages = useMessages();
  const words = messages.importDialog;
  const update = useImport((state) => state.update);
  const imported = useMemo(() => importedFrom(session), [session]);
  const plan = useMemo(() => mergePlanFor(session, imported), [session, imported]);
  const byId = session.mapping.columns.includes('externalId');
  const people = plan.unchanged + plan.changed.length + plan.removed.length;
  const label = (name: string, unit: string) => (unit ? `${name}（${unit}）` : name);

  return (
    <div className="import-merge">
      <p>{words.mergeHeading(people)} {byId ? words.mergeKeyId : words.mergeKeyName} <span data-merge="unchanged">{words.unchanged(plan.unchanged)}</span></p>
      <section data-merge="added">
        <h3>{words.added(plan.added.length)}</h3>
        {plan.added.length ? <ul>{plan.added.map((p) => <li key={p.id}>{label(p.name, p.unit)}{p.originalName && <span className="import-original"> {words.original(p.originalName)}</span>}</li>)}</ul> : <p className="import-hint">{words.none}</p>}
      </section>
      <section data-merge="removed">
        <h3>{words.removed(plan.removed.length)}</h3>
        {plan.removed.length ? <ul>{plan.removed.map((p) => <li key={p.id}>{label(p.name, p.unit)}</li>)}</ul> : <p className="import-hint">{words.none}</p>}
        {plan.removed.length > 0 && (
          <>
            <label className="import-keep">
              <input type="checkbox" data-merge="keep-removed" checked={session.keepRemoved} onChange={(event) => update({ keepRemoved: event.target.checked })} />
              {words.keepRemoved}
            </label>
            {!session.keepRemoved && <p className="import-hint">{words.removedWillLeave}</p>}
          </>
        )}
      </section>
      <section data-merge="changed">
        <h3>{words.changed(plan.changed.length)}</h3>
        {plan.changed.length ? (
          <ul>
            {plan.changed.map(({ before, changes }) => (
              <li key={before.id}>
                {label(before.name, before.unit)}：
                {changes.map((c) => `${words.comparedFields[c.field]} ${c.before || words.blank} → ${c.after || words.blank}`).join(words.listSeparator)}
              </li>
            ))}
          </ul>
        ) : <p className="import-hint">{words.none}</p>}
      </section>
    </div>
  );
}
