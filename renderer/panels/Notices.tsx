// Messages for the user: results, warnings with their row-numbered details, errors. They stack at
// the foot of the side column, so they never cover the plan on the canvas; a notice with a key
// replaces its older version (store.notify). Results fade by themselves (not while the pointer
// rests on them); warnings and errors stay until the user closes them.
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';

export function Notices() {
  const messages = useMessages();
  const notices = useZuoci((state) => state.notices);
  const dismiss = useZuoci((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          data-kind={notice.kind}
          // The fade is a CSS animation (`notice-fade`), so hovering pauses it; its end dismisses.
          onAnimationEnd={(event) => event.animationName === 'notice-fade' && dismiss(notice.id)}
        >
          <p>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={messages.dismiss} title={messages.dismiss}>×</button>
        </div>
      ))}
    </div>
  );
}
