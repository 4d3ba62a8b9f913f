// Never lose work, mounted once in App: autosave, the restore-after-crash banner, documents handed
// over by the system, drop-to-open, and uncaught errors shown as messages.
import { useAutosave } from '../actions/autosave';
import { DropToOpen } from './DropToOpen';
import { RecoveryBanner } from './RecoveryBanner';
import { useHandedOverDocuments } from './useHandedOverDocuments';
import { useUncaughtErrors } from './uncaught-errors';
import './safety.css';

export function Safety() {
  useAutosave();
  useHandedOverDocuments();
  useUncaughtErrors();
  return (
    <>
      <RecoveryBanner />
      <DropToOpen />
    </>
  );
}
