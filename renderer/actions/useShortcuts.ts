import { useEffect } from 'react';
import { TOOLBAR_ACTIONS } from './actions';

/** Ctrl+Z, Ctrl+Y, Ctrl+S, Ctrl+O: the same Actions the toolbar calls. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = TOOLBAR_ACTIONS.find((candidate) => candidate.keyTest?.(event));
      if (!action) return;
      event.preventDefault();
      void action.perform();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
