import { TOOLBAR_ACTIONS } from '../actions/actions';
import { useMessages } from '../i18n/useMessages';
import { selectIsDirty, useZuoci } from '../store/store';
import { RoomPicker } from './RoomPicker';

export function Toolbar() {
  const messages = useMessages();
  const fileName = useZuoci((state) => state.fileName);
  const dirty = useZuoci(selectIsDirty);
  const canUndo = useZuoci((state) => state.history.past.length > 0);
  const canRedo = useZuoci((state) => state.history.future.length > 0);
  const language = useZuoci((state) => state.language);
  const setLanguage = useZuoci((state) => state.setLanguage);
  const disabled: Record<string, boolean> = { undo: !canUndo, redo: !canRedo };

  return (
    <header className="toolbar">
      <span className="app-name">{messages.appName}</span>
      {TOOLBAR_ACTIONS.map((action) => (
        <button
          key={action.name}
          type="button"
          data-action={action.name}
          disabled={disabled[action.name] ?? false}
          title={action.shortcut ? `${action.label(messages)} (${action.shortcut})` : action.label(messages)}
          onClick={() => void action.perform()}
        >
          {action.label(messages)}
        </button>
      ))}
      <RoomPicker />
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
