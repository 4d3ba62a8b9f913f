// Open, save, undo, redo.
import { loadProject, serializeProject } from '../../shared/model/load';
import { MESSAGES } from '../i18n/i18n';
import { platform } from '../platform/platform';
import { selectIsDirty, useZuoci } from '../store/store';
import { ctrl, type Action } from './action';
import { whenDone } from './host-result';

const messages = () => MESSAGES[useZuoci.getState().language];

export const openAction: Action = {
  name: 'open',
  label: (m) => m.open,
  shortcut: 'Ctrl+O',
  inTextFields: true,
  keyTest: (event) => ctrl(event, 'o'),
  async perform() {
    const state = useZuoci.getState();
    if (selectIsDirty(state) && state.history.past.length && !window.confirm(messages().unsavedOpenConfirm)) return;
    whenDone(await platform.openDocument(), (opened) => {
      const loaded = loadProject(opened.text);
      // A bad file leaves the current document exactly as it was.
      if (!loaded.ok) return state.notify({ kind: 'error', text: `${opened.fileName}：${loaded.error.message}` });
      state.replaceDocument(loaded.value, opened.path, opened.fileName);
      state.notify({ kind: loaded.warnings.length ? 'warning' : 'info', text: messages().opened(opened.fileName), details: loaded.warnings.map((w) => w.message) });
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
    const saving = state.project;
    const result = await platform.saveDocument({ path: state.filePath, suggestedName: state.fileName, text: serializeProject(saving) });
    whenDone(result, (saved) => {
      // Edits made while the file was being written stay unsaved.
      useZuoci.setState({ savedProject: saving, filePath: platform.kind === 'electron' ? saved.path : null, fileName: saved.fileName });
      state.notify({ kind: 'info', text: messages().saved(saved.path) });
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
