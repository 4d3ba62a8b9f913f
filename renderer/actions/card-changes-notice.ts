// After an arrangement: which cards to print anew, which only move (from → to) and which to take
// away (protocol 8.2), as a notice under the arrangement's own, so staff reprint only the new ones.
import { cardChangeLines, cardChanges } from '../../shared/arrange/card-changes';
import { inLanguage } from '../../shared/i18n/text';
import type { Project } from '../../shared/model/schema';
import { MESSAGES } from '../i18n/i18n';
import { useZuoci } from '../store/store';
import { create } from 'zustand';

/** The last arrangement that changed cards, before and after: what the checklist prints. Not undoable state. */
export const useLastCardChange = create<{ change: { before: Project; after: Project } | null }>()(() => ({ change: null }));

export function cardChangesNotice(before: Project, after: Project): void {
  const state = useZuoci.getState();
  const changes = cardChanges(before, after);
  if (!changes.anew.length && !changes.moved.length && !changes.removed.length) return;
  useLastCardChange.setState({ change: { before, after } });
  const lines = cardChangeLines(changes);
  const details = [...lines.anew, ...lines.moved, ...lines.removed].map((line) => inLanguage(line, state.language));
  const text = MESSAGES[state.language].cardChanges(changes.anew.length, changes.moved.length, changes.removed.length);
  // Keyed under 'arrange': the next arrangement's notices replace it.
  state.notify({ kind: 'info', key: 'arrange:cards', text, details });
}
