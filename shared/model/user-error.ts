import type { Bilingual } from '../i18n/text';

/** An error the user can cause: a Chinese message (and its English, `en`) and where it happened (row, field). */
export interface UserError {
  message: string;
  en?: string;
  row?: number;
  field?: string;
}

export type Result<T> = { ok: true; value: T; warnings: UserError[] } | { ok: false; error: UserError };

export const ok = <T>(value: T, warnings: UserError[] = []): Result<T> => ({ ok: true, value, warnings });
export const fail = <T>(message: string, where: Omit<UserError, 'message'> = {}): Result<T> => ({
  ok: false,
  error: { message, ...where },
});

/** A refusal in both languages. */
export const failBoth = <T>(text: Bilingual, where: Omit<UserError, 'message' | 'en'> = {}): Result<T> => ({
  ok: false,
  error: { message: text.zh, en: text.en, ...where },
});
