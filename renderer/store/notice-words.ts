// Notices in the language on screen: a notice made with `say` keeps the way to word itself, so
// switching the UI language re-words the notices already shown (a Chinese notice left in the
// English UI, or the reverse, read as a bug). The old form, `text` alone, still works.
import { MESSAGES, type Language } from '../i18n/i18n';
import type { Messages } from '../i18n/zh-CN';
import { useZuoci, type Notice } from './store';

type Say = (messages: Messages, language: Language) => string;

export interface SaidNotice {
  kind: Notice['kind'];
  key?: string;
  say: Say;
  sayDetails?: (messages: Messages, language: Language) => string[];
}

/** Notify in the current language, and in any language chosen later. */
export function tell(notice: SaidNotice): void {
  const { language, notify } = useZuoci.getState();
  const messages = MESSAGES[language];
  const details = notice.sayDetails?.(messages, language);
  notify({ ...notice, text: notice.say(messages, language), ...(details ? { details } : {}) });
}

/** A notice's words in this language: re-worded when it can be, else as it was made. */
export function noticeWords(notice: Notice, language: Language): { text: string; details: readonly string[] } {
  const messages = MESSAGES[language];
  return {
    text: notice.say ? notice.say(messages, language) : notice.text,
    details: notice.sayDetails ? notice.sayDetails(messages, language) : notice.details ?? [],
  };
}
