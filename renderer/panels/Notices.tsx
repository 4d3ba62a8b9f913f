// Messages for the user: results, warnings with their row-numbered details, errors. They stack at
// the foot of the side column, so they never cover the plan on the canvas; a notice with a key
// replaces its older version (store.notify). Results fade by themselves (not while the pointer
// rests on them); warnings and errors stay until the user closes them. A notice made with `say`
// is worded in the language on screen (notice-words.ts); people's names never break across lines.
import { useMemo } from 'react';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';
import { noticeWords } from '../store/notice-words';
import { nameIndexOf, splitNames, type NameIndex } from './notice-names';

function WithNames({ text, index }: { text: string; index: NameIndex }) {
  return <>{splitNames(text, index).map((piece, i) => (typeof piece === 'string' ? piece : <span key={i} className="person-name">{piece.name}</span>))}</>;
}

export function Notices() {
  const messages = useMessages();
  const language = useZuoci((state) => state.language);
  const notices = useZuoci((state) => state.notices);
  const people = useZuoci((state) => state.meeting.people);
  const dismiss = useZuoci((state) => state.dismissNotice);
  const index = useMemo(() => nameIndexOf(people), [people]);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => {
        const { text, details } = noticeWords(notice, language);
        return (
          <div
            key={notice.id}
            className={`notice notice-${notice.kind}`}
            data-kind={notice.kind}
            // The fade is a CSS animation (`notice-fade`), so hovering pauses it; its end dismisses.
            onAnimationEnd={(event) => event.animationName === 'notice-fade' && dismiss(notice.id)}
          >
            <p><WithNames text={text} index={index} /></p>
            {details.length > 0 && (
              <ul>
                {details.map((detail, i) => (
                  <li key={i}><WithNames text={detail} index={index} /></li>
                ))}
              </ul>
            )}
            <button type="button" onClick={() => dismiss(notice.id)} aria-label={messages.dismiss} title={messages.dismiss}>×</button>
          </div>
        );
      })}
    </div>
  );
}
