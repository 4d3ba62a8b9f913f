// A failure the user can cause in a Node service (a missing file, a font that may not be used), in
// both languages: the service does not know which language the window shows, the renderer does.
import type { Bilingual } from '../../shared/i18n/text';

export class HostError extends Error {
  readonly en: string;
  constructor(text: Bilingual) {
    super(text.zh);
    this.en = text.en;
  }
}

/** The HostResult of a failure, in both languages. */
export const failure = (zh: string, en: string) => ({ ok: false as const, message: zh, en });

/** The HostResult of a failure a shared loader or a HostError already put in both languages (English may be missing). */
export const failureOf = (error: { message: string; en?: string }) => ({ ok: false as const, message: error.message, en: error.en ?? error.message });

/** The errno code of a failed file operation, else its message: shown in both languages as it is. */
export const reasonOf = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
