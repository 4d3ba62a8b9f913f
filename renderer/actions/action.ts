import type { Messages } from '../i18n/zh-CN';

/** A user command: toolbar buttons, menus and shortcuts all call the same Action (Excalidraw). */
export interface Action {
  name: string;
  label: (messages: Messages) => string;
  /** Keyboard shortcut, shown in tooltips. */
  shortcut?: string;
  keyTest?: (event: KeyboardEvent) => boolean;
  perform: () => Promise<void> | void;
}

export const ctrl = (event: KeyboardEvent, key: string, shift = false): boolean =>
  (event.ctrlKey || event.metaKey) && event.shiftKey === shift && event.key.toLowerCase() === key;
