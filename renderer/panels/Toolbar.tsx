import { TOOLBAR_ACTIONS } from '../actions/registry';
import { runAction } from '../actions/run';
import { useMessages } from '../i18n/useMessages';
import { selectIsDirty, useZuoci } from '../store/store';
import { RoomPicker } from './RoomPicker';
import { RecentFiles } from './RecentFiles';

/** Which toolbar actions are available, as one string: the toolbar re-renders only when it changes. */
const availability = () => TOOLBAR_ACTIONS.map((action) => (action.predicate?.() ?? true ? '1' : '0')).join('');

export function Toolbar() {
  const messages = useMessages();
  const fileName = useZuoci((state) => state.fileName);
  const dirty = useZuoci(selectIsDirty);
  const available = useZuoci(availability);
  const language = useZuoci((state) => state.language);
  const setLanguage = useZuoci((state) => state.setLanguage);

  return (
    <header className="toolbar">
      <span className="app-name">{messages.appName}</span>
      {TOOLBAR_ACTIONS.map((action, i) => (
        <button
          key={action.name}
          type="button"
          data-action={action.name}
          disabled={available[i] === '0'}
          title={action.shortcut ? `${action.label(messages)} (${action.shortcut})` : action.label(messages)}
          onClick={() => void runAction(action)}
        >
          {action.label(messages)}
        </button>
      ))}
      <RoomPicker />
      <RecentFiles />
      <span className="file-name" data-testid="file-name">
        {fileName}
        {dirty && <em> · {messages.unsaved}</em>}
      </span>
      <button type="button" className="language" onClick={() => setLanguage(language === 'zh-CN' ? 'en' : 'zh-CN')}>
        {messages.language}
      </button>
    </header>
  );
}
