// Messages for the user: results, warnings with their row-numbered details, errors.
import { useEffect } from 'react';
import { useMessages } from '../i18n/useMessages';

const INFO_SECONDS = 8;
import { useZuoci } from '../store/store';

export function Notices() {
  const messages = useMessages();
  const notices = useZuoci((state) => state.notices);
  const dismiss = useZuoci((state) => state.dismissNotice);
  // Results fade after a while; warnings and errors stay until the user closes them.
  useEffect(() => {
    const timers = notices.filter((n) => n.kind === 'info').map((n) => setTimeout(() => dismiss(n.id), INFO_SECONDS * 1000));
    return () => timers.forEach(clearTimeout);
  }, [notices, dismiss]);
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
