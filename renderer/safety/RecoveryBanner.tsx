// After a crash: "an autosaved copy was found — restore or discard?". Asked once at start-up;
// autosave waits for the answer so it cannot overwrite the copy meanwhile.
import { useEffect, useState } from 'react';
import type { RecoveredDocument } from '../../shared/platform';
import { holdAutosave } from '../actions/autosave';
import { platform } from '../platform/platform';
import { openDocumentText } from './open-text';
import { useSafetyWords } from './words';

export function RecoveryBanner() {
  const words = useSafetyWords();
  const [found, setFound] = useState<RecoveredDocument | null>(null);
  useEffect(() => {
    let live = true;
    holdAutosave(true);
    void platform.takeRecovery().then((result) => {
      if (live && result.ok) setFound(result.value);
      else holdAutosave(false);
    }, () => holdAutosave(false));
    return () => {
      live = false;
    };
  }, []);
  if (!found) return null;
  const close = () => {
    setFound(null);
    holdAutosave(false);
  };
  const restore = async () => {
    if (await openDocumentText({ path: found.path, fileName: found.fileName, text: found.text }, { unsaved: true })) close();
  };
  const discard = () => {
    void platform.discardRecovery();
    close();
  };
  return (
    <div className="safety-banner" role="alertdialog" aria-label={words.restore} data-testid="recovery-banner">
      <p>{words.recoveryFound(found.fileName, new Date(found.savedAt).toLocaleString())}</p>
      <button type="button" onClick={restore}>{words.restore}</button>
      <button type="button" onClick={discard}>{words.discard}</button>
    </div>
  );
}
