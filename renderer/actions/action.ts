import type { Messages } from '../i18n/zh-CN';

/**
 * A user command (Excalidraw's actions): the toolbar, the canvas's context menu, the Electron
 * application menu and the keyboard all look it up by `name` and run it through `runAction`.
 */
export interface Action {
  name: string;
  label: (messages: Messages) => string;
  /** Keyboard shortcut, shown in tooltips and menus. */
  shortcut?: string;
  /** Is it available now? Unavailable actions are greyed out and do nothing. */
  predicate?: () => boolean;
  keyTest?: (event: KeyboardEvent) => boolean;
  /**
   * Keys typed into a text field belong to the field (Ctrl+Z undoes the typing there), so shortcuts
   * are ignored in fields unless the action says it is meant for anywhere (save, open, print, find).
   */
  inTextFields?: boolean;
  perform: () => Promise<void> | void;
}

export const ctrl = (event: KeyboardEvent, key: string, shift = false): boolean =>
  (event.ctrlKey || event.metaKey) && event.shiftKey === shift && !event.altKey && event.key.toLowerCase() === key;

/** A key with no modifier. */
export const plain = (event: KeyboardEvent, key: string): boolean =>
  !event.ctrlKey && !event.metaKey && !event.altKey && event.key === key;
