// Documents the system handed to the app (double-click on a .zuoci, a second launch, macOS
// open-file): taken from the host at start-up and whenever it says more are waiting.
import { useEffect } from 'react';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { openDocumentText } from './open-text';

export function useHandedOverDocuments(): void {
  useEffect(() => {
    let live = true;
    const take = async () => {
      const result = await platform.takeOpenedDocuments();
      if (!live) return;
      if (!result.ok) {
        if ('message' in result) useZuoci.getState().notify({ kind: 'error', text: result.message });
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
