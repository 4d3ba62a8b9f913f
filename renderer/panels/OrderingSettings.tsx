// Ordering keys for the whole meeting (protocol 3): the user's unit list (3.1, 2.3) and how a
// one-character given name sorts by strokes (3.3).
import { useState } from 'react';
import { unitSequence } from '../../shared/arrange/order';
import { setOrdering } from '../../shared/model/edits';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';

export function OrderingSettings() {
  const messages = useMessages();
  const ordering = useZuoci((state) => state.project.ordering);
  const people = useZuoci((state) => state.project.people);
  const commit = useZuoci((state) => state.commit);
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? ordering.unitOrder.join('\n');
  // The list is saved when the user leaves the box: one undo step, not one per keystroke.
  const save = (value: string) => {
    setDraft(null);
    const unitOrder = value.split('\n').map((line) => line.trim()).filter(Boolean);
    if (unitOrder.join('\n') !== ordering.unitOrder.join('\n')) commit((p) => setOrdering(p, { unitOrder }));
  };
  return (
    <details className="ordering-settings">
      <summary>{messages.orderingTitle}</summary>
      <label className="rule">
        <span>{messages.singleGivenName}</span>
        <select data-rule="singleGivenName" value={ordering.singleGivenName} onChange={(e) => commit((p) => setOrdering(p, { singleGivenName: e.target.value as 'blank-first' | 'compare' }))}>
          <option value="blank-first">{messages.blankFirst}</option>
          <option value="compare">{messages.compareCharacters}</option>
        </select>
      </label>
      <label className="unit-order">
        <span>{messages.unitOrder}</span>
        <textarea data-rule="unitOrder" rows={5} value={text} placeholder={messages.unitOrderHint} onChange={(e) => setDraft(e.target.value)} onBlur={(e) => save(e.target.value)} />
      </label>
      <button type="button" data-action="unitsFromRoster" onClick={() => save(unitSequence(people, ordering).join('\n'))}>{messages.unitsFromRoster}</button>
    </details>
  );
}
