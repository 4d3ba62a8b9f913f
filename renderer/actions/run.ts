// The one way an Action runs: check its predicate, and turn any exception into a notice the user
// sees (with the command's name) instead of a line in a console nobody reads.
import { tell } from '../store/notice-words';
import type { Action } from './action';

export async function runAction(action: Action): Promise<boolean> {
  if (action.predicate && !action.predicate()) return false;
  try {
    await action.perform();
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    tell({ kind: 'error', say: (m) => m.actionFailed(action.label(m), reason) });
    console.error(error);
    return false;
  }
}
