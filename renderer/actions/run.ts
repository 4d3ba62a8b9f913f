// The one way an Action runs: check its predicate, and turn any exception into a notice the user
// sees (with the command's name) instead of a line in a console nobody reads.
import { MESSAGES } from '../i18n/i18n';
import { useZuoci } from '../store/store';
import type { Action } from './action';

export async function runAction(action: Action): Promise<boolean> {
  if (action.predicate && !action.predicate()) return false;
  try {
    await action.perform();
    return true;
  } catch (error) {
    const state = useZuoci.getState();
    const messages = MESSAGES[state.language];
    const reason = error instanceof Error ? error.message : String(error);
    state.notify({ kind: 'error', text: messages.actionFailed(action.label(messages), reason) });
    console.error(error);
    return false;
  }
}
