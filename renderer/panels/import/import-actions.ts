// The import's Actions: 导入名单 (a file through the mapping dialog) and 粘贴名单 (cells copied from
// Excel or WPS). Ctrl+V outside a text field pastes too (ImportHost.tsx listens for it).
import type { Action } from '../../actions/action';
import { startPasteBox } from './import-flow';

export const pasteRosterAction: Action = {
  name: 'pasteRoster',
  label: (m) => m.importDialog.pasteRoster,
  perform: () => startPasteBox(),
};
