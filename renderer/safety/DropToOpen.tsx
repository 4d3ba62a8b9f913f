// Drop a .zuoci on the window to open it. The page reads the dropped file itself (the host's
// navigate-on-drop is off), so a dropped document has no path: saving it asks where, and main never
// learns a path from the page.
import { useEffect, useState } from 'react';
import { MAX_DROPPED_DOCUMENT_BYTES } from './limits';
import { openDocumentText } from './open-text';
import { safetyWords, useSafetyWords } from './words';
import { useZuoci } from '../store/store';

const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export async function openDroppedFile(file: File): Promise<boolean> {
  const words = safetyWords();
  const notify = useZuoci.getState().notify;
  if (!file.name.toLowerCase().endsWith('.zuoci')) {
    notify({ kind: 'warning', text: words.dropOnlyZuoci });
    return false;
  }
  if (file.size > MAX_DROPPED_DOCUMENT_BYTES) {
    notify({ kind: 'error', text: words.dropTooLarge });
    return false;
  }
  const text = (await file.text()).replace(/^\ufeff/, '');
  return openDocumentText({ path: null, fileName: file.name, text });
}

export function DropToOpen() {
  const words = useSafetyWords();
  const [over, setOver] = useState(false);
  useEffect(() => {
    const dragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return; // a seat or a roster row being dragged inside the page
      event.preventDefault();
      setOver(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openDroppedFile(file);
    };
    window.addEventListener('dragover', dragOver);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', dragOver);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over ? <div className="safety-drop" data-testid="drop-overlay">{words.dropHere}</div> : null;
}
