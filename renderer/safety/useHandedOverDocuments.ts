// Documents the system handed to the app (double-click on a .zuoci, a second launch, macOS
// open-file): taken from the host at start-up and whenever it says more are waiting.
import { useEffect } from 'react';
import { platform } from '../platform/platform';
import { openDocumentText } from './open-text';
import { whenDone } from '../actions/host-result';

export function useHandedOverDocuments(): void {
  useEffect(() => {
    let live = true;
    const take = async () => {
      const result = await platform.takeOpenedDocuments();
      if (!live) return;
      if (!result.ok) {
        whenDone(result, () => undefined);
        return;
      }
      // Several at once (a multi-select double-click): the last one stays open, as in other apps.
      for (const opened of result.value) await openDocumentText(opened);
    };
    void take();
    const unsubscribe = platform.onDocumentsWaiting(() => void take());
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
}
