// Autosave for crash recovery (issue 12, item 4): every 30 s and whenever the window loses focus,
// the unsaved document goes to the host's recovery folder. Nothing is sent while the document is
// unchanged since the last save or autosave. When the document becomes saved again, the recovered
// copy is thrown away, so a later start offers only work that was really lost.
import { useEffect } from 'react';
import { serializeMeeting } from '../../shared/model/load';
import { platform } from '../platform/platform';
import { selectIsDirty, useZuoci } from '../store/store';
import { safetyWords } from '../safety/words';
import { failureText } from './host-result';

export const AUTOSAVE_INTERVAL_MS = 30_000;

type Snapshot = ReturnType<typeof useZuoci.getState>['meeting'];

let held = false;
/** While the user has not yet answered "restore the last autosave?", autosave must not overwrite it. */
export function holdAutosave(hold: boolean): void {
  held = hold;
}

/** The autosave state machine, apart from timers and events so a test can drive it. */
export function createAutosaver(host: Pick<typeof platform, 'autosave' | 'discardRecovery'> = platform) {
  let lastSent: Snapshot | null = null;
  let failureShown = false;
  return {
    async autosaveNow(): Promise<'saved' | 'unchanged' | 'failed'> {
      const state = useZuoci.getState();
      if (held || !selectIsDirty(state) || state.meeting === lastSent) return 'unchanged';
      const meeting = state.meeting;
      const result = await host.autosave({ text: serializeMeeting(meeting), fileName: state.fileName, path: state.filePath });
      if (result.ok) {
        lastSent = meeting;
        failureShown = false;
        return 'saved';
      }
      // Say it once, not every 30 s; say it again after it has worked in between.
      const text = failureText(result);
      if (text !== null && !failureShown) {
        failureShown = true;
        state.notify({ kind: 'warning', text: safetyWords().autosaveFailed(text) });
      }
      return 'failed';
    },
    /** Saved again: the recovered copy is no longer needed. */
    async documentSaved(): Promise<void> {
      if (lastSent === null) return;
      lastSent = null;
      await host.discardRecovery();
    },
  };
}

export function useAutosave(): void {
  useEffect(() => {
    const saver = createAutosaver();
    const tick = () => void saver.autosaveNow();
    const timer = setInterval(tick, AUTOSAVE_INTERVAL_MS);
    window.addEventListener('blur', tick);
    const unsubscribe = useZuoci.subscribe((state, previous) => {
      if (!selectIsDirty(state) && selectIsDirty(previous)) void saver.documentSaved();
    });
    return () => {
      clearInterval(timer);
      window.removeEventListener('blur', tick);
      unsubscribe();
    };
  }, []);
}
