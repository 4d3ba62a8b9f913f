// 常用会场模板: save the open session's room as a template in the user's library, export it as a
// .zuoci-room file to share, import a colleague's file into the library.
import { findSession } from '../../shared/model/plan';
import { loadRoomTemplate, serializeRoomTemplate, templateFileName, templateOfRoom } from '../../shared/model/room-template';
import { MESSAGES } from '../i18n/i18n';
import { errorText } from '../i18n/shared-text';
import { askText } from '../panels/dialogs/ask';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';
import { refreshUserTemplates } from '../store/user-templates';
import type { Action } from './action';
import { whenDone } from './host-result';

const messages = () => MESSAGES[useZuoci.getState().language].designer;
const openSession = () => findSession(useZuoci.getState().meeting, useZuoci.getState().sessionId);

export const saveRoomAsTemplateAction: Action = {
  name: 'saveRoomAsTemplate',
  label: (m) => m.designer.saveTemplate,
  async perform() {
    const session = openSession();
    const name = await askText(messages().saveTemplatePrompt, session.venue.name);
    if (!name) return;
    const text = serializeRoomTemplate(templateOfRoom(name, session));
    const saved = await platform.saveTemplate({ name: name.slice(0, 100), text });
    // Listed in the pickers before the user is told it is there.
    if (saved.ok) await refreshUserTemplates();
    whenDone(saved, () => {
      tell({ kind: 'info', key: 'template', say: (m) => m.designer.templateSaved(name) });
    });
  },
};

export const exportTemplateAction: Action = {
  name: 'exportTemplate',
  label: (m) => m.designer.exportTemplate,
  async perform() {
    const session = openSession();
    const text = serializeRoomTemplate(templateOfRoom(session.venue.name, session));
    whenDone(await platform.exportTemplate({ suggestedName: templateFileName(session.venue.name), text }), () => undefined);
  },
};

export const importTemplateAction: Action = {
  name: 'importTemplate',
  label: (m) => m.designer.importTemplate,
  async perform() {
    const state = useZuoci.getState();
    const picked = await platform.importTemplate();
    whenDone(picked, () => undefined);
    if (!picked.ok) return;
    const loaded = loadRoomTemplate(picked.value.text);
    if (!loaded.ok) return state.notify({ kind: 'error', text: `${picked.value.fileName}：${errorText(loaded.error, state.language)}` });
    // Kept in the library in this version's form, so the pickers list it from now on.
    const template = loaded.value;
    const saved = await platform.saveTemplate({ name: template.name, text: serializeRoomTemplate(template) });
    if (saved.ok) await refreshUserTemplates();
    whenDone(saved, () => {
      tell({
        kind: loaded.warnings.length ? 'warning' : 'info', key: 'template', say: (m) => m.designer.templateImported(template.name),
        sayDetails: (_m, language) => loaded.warnings.map((w) => errorText(w, language)),
      });
    });
  },
};

export const TEMPLATE_ACTIONS: Action[] = [saveRoomAsTemplateAction, exportTemplateAction, importTemplateAction];
