/** An error the user can cause: a Chinese message and where it happened (row, field). */
export interface UserError {
  message: string;
  row?: number;
  field?: string;
}

export type Result<T> = { ok: true; value: T; warnings: UserError[] } | { ok: false; error: UserError };

export const ok = <T>(value: T, warnings: UserError[] = []): Result<T> => ({ ok: true, value, warnings });
export const fail = <T>(message: string, where: Omit<UserError, 'message'> = {}): Result<T> => ({
  ok: false,
  error: { message, ...where },
});
