// One way to put a document text in front of the user, for every route that is not the Open
// action: a file the system handed over (double-click, second launch), a drop on the window, a
// recovered autosave. Same rules as Open: ask before discarding unsaved work; a bad file leaves
// the current document exactly as it was and says why.
import { loadMeeting } from '../../shared/model/load';
import { MEETING_SCHEMA_VERSION } from '../../shared/model/meeting-schema';
import type { OpenedDocument } from '../../shared/platform';
import { selectIsDirty, useZuoci } from '../store/store';
import { safetyWords } from './words';
import { askConfirm } from '../panels/dialogs/ask';

export interface OpenTextOptions {
  /** A recovered autosave is unsaved work: it opens as changed, so closing asks again. */
  unsaved?: boolean;
  /** Skip the "discard unsaved changes?" question (nothing to lose, e.g. at start-up). */
  noConfirm?: boolean;
}

export async function openDocumentText(opened: OpenedDocument, options: OpenTextOptions = {}): Promise<boolean> {
  const words = safetyWords();
  const state = useZuoci.getState();
  if (!options.noConfirm && selectIsDirty(state) && state.history.past.length && !(await askConfirm(words.unsavedReplaceConfirm))) return false;
  const loaded = loadMeeting(opened.text);
  const english = state.language === 'en';
  if (!loaded.ok) {
    state.notify({ kind: 'error', text: words.cannotOpen(opened.fileName, english ? loaded.error.en ?? loaded.error.message : loaded.error.message) });
    return false;
  }
  const version = loaded.value.schemaVersion;
  state.replaceDocument(loaded.value, opened.path, opened.fileName, { newerVersion: version > MEETING_SCHEMA_VERSION ? version : null });
  if (options.unsaved) useZuoci.setState({ savedMeeting: null });
  state.notify({
    kind: loaded.warnings.length ? 'warning' : 'info',
    text: options.unsaved ? words.restored(opened.fileName) : words.opened(opened.fileName),
    details: loaded.warnings.map((w) => (english ? w.en ?? w.message : w.message)),
  });
  return true;
}
