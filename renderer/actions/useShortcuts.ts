import { useEffect } from 'react';
import { platform } from '../platform/platform';
import { ALL_ACTIONS, actionByName } from './registry';
import { runAction } from './run';
import { isTextField } from './text-field';

/**
 * Keyboard shortcuts and the Electron application menu: both find an Action and run it. A key typed
 * into a text field stays there unless the action is meant for anywhere (Ctrl+S, Ctrl+P…).
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const inField = isTextField(event.target);
      const action = ALL_ACTIONS.find((candidate) => (!inField || candidate.inTextFields) && candidate.keyTest?.(event));
      if (!action || (action.predicate && !action.predicate())) return;
      event.preventDefault();
      void runAction(action);
    };
    window.addEventListener('keydown', onKeyDown);
    const offMenu = platform.onMenuAction?.((name) => {
      const action = actionByName(name);
      if (action) void runAction(action);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      offMenu?.();
    };
  }, []);
}
