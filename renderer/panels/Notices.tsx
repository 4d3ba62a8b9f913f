// Messages for the user: results, warnings with their row-numbered details, errors.
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';

export function Notices() {
  const messages = useMessages();
  const notices = useZuoci((state) => state.notices);
  const dismiss = useZuoci((state) => state.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.kind}`} data-kind={notice.kind}>
          <p>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((detail, index) => (
                <li key={index}>{detail}</li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={messages.dismiss}>×</button>
        </div>
      ))}
    </div>
  );
}
