// After an arrangement: which cards to print anew, which only move (from → to) and which to take
// away (protocol 8.2), as a notice under the arrangement's own, so staff reprint only the new ones.
import { cardChangeLines, cardChanges } from '../../shared/arrange/card-changes';
import { inLanguage } from '../../shared/i18n/text';
import type { Project } from '../../shared/model/schema';
import { tell } from '../store/notice-words';
import { create } from 'zustand';

/** The last arrangement that changed cards, before and after: what the checklist prints. Not undoable state. */
export const useLastCardChange = create<{ change: { before: Project; after: Project } | null }>()(() => ({ change: null }));

export function cardChangesNotice(before: Project, after: Project): void {
  const changes = cardChanges(before, after);
  if (!changes.anew.length && !changes.moved.length && !changes.removed.length) return;
  useLastCardChange.setState({ change: { before, after } });
  // Before any card of the session was printed, every card is simply still to print: nothing to
  // reprint, move or take away, so no card notice (the arrangement's own says how many to print).
  if (!Object.keys(before.print.lastPrinted).length) return;
  const lines = cardChangeLines(changes);
  // Keyed under 'arrange': the next arrangement's notices replace it.
  tell({
    kind: 'info', key: 'arrange:cards',
    say: (m) => m.cardChanges(changes.anew.length, changes.moved.length, changes.removed.length),
    sayDetails: (_m, language) => [...lines.anew, ...lines.moved, ...lines.removed].map((line) => inLanguage(line, language)),
  });
}
