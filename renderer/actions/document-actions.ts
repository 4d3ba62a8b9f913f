// Open, save, undo, redo.
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { MEETING_SCHEMA_VERSION } from '../../shared/model/meeting-schema';
import { MESSAGES } from '../i18n/i18n';
import { platform } from '../platform/platform';
import { selectIsDirty, useZuoci } from '../store/store';
import { ctrl, type Action } from './action';
import { whenDone } from './host-result';
import { tell } from '../store/notice-words';
import { askConfirm, askText } from '../panels/dialogs/ask';

const messages = () => MESSAGES[useZuoci.getState().language];

export const openAction: Action = {
  name: 'open',
  label: (m) => m.open,
  shortcut: 'Ctrl+O',
  inTextFields: true,
  keyTest: (event) => ctrl(event, 'o'),
  async perform() {
    const state = useZuoci.getState();
    if (selectIsDirty(state) && state.history.past.length && !(await askConfirm(messages().unsavedOpenConfirm))) return;
    whenDone(await platform.openDocument(), (opened) => {
      const loaded = loadMeeting(opened.text);
      // A bad file leaves the current document exactly as it was.
      if (!loaded.ok) return tell({ kind: 'error', say: (_m, language) => (language === 'en' ? `${opened.fileName}: ${loaded.error.en ?? loaded.error.message}` : `${opened.fileName}：${loaded.error.message}`) });
      const version = loaded.value.schemaVersion;
      state.replaceDocument(loaded.value, opened.path, opened.fileName, { newerVersion: version > MEETING_SCHEMA_VERSION ? version : null });
      const { warnings } = loaded;
      tell({ kind: warnings.length ? 'warning' : 'info', say: (m) => m.opened(opened.fileName), sayDetails: (_m, language) => warnings.map((w) => (language === 'en' ? w.en ?? w.message : w.message)) });
    });
  },
};

export const saveAction: Action = {
  name: 'save',
  label: (m) => m.save,
  shortcut: 'Ctrl+S',
  inTextFields: true,
  keyTest: (event) => ctrl(event, 's'),
  async perform() {
    const state = useZuoci.getState();
    // A newer Zuoci's file is never silently written back in this version's format.
    if (state.newerVersion !== null && state.filePath !== null && !(await askConfirm(messages().saveNewerConfirm(state.newerVersion)))) return;
    // A meeting without a file yet gets its name from the user: never another meeting's file. (In
    // Electron the system's save dialog asks; the browser has only the app's own question.)
    let suggestedName = state.fileName;
    if (!state.hasFile && platform.kind !== 'electron') {
      const name = (await askText(messages().saveAsPrompt, state.fileName))?.trim();
      if (!name) return;
      suggestedName = name.toLowerCase().endsWith('.zuoci') ? name : `${name}.zuoci`;
    }
    const saving = state.meeting;
    const result = await platform.saveDocument({ path: state.hasFile ? state.filePath : null, suggestedName, text: serializeMeeting(saving) });
    whenDone(result, (saved) => {
      // Edits made while the file was being written stay unsaved.
      state.markSaved(saving, platform.kind === 'electron' ? saved.path : null, saved.fileName);
      tell({ kind: 'info', say: (m) => m.saved(saved.path) });
    });
  },
};

export const undoAction: Action = {
  name: 'undo',
  label: (m) => m.undo,
  shortcut: 'Ctrl+Z',
  predicate: () => useZuoci.getState().history.past.length > 0,
  keyTest: (event) => ctrl(event, 'z'),
  perform: () => useZuoci.getState().undo(),
};

export const redoAction: Action = {
  name: 'redo',
  label: (m) => m.redo,
  shortcut: 'Ctrl+Y',
  predicate: () => useZuoci.getState().history.future.length > 0,
  keyTest: (event) => ctrl(event, 'y') || ctrl(event, 'z', true),
  perform: () => useZuoci.getState().redo(),
};
