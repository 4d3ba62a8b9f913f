import type { HostResult } from '../../shared/platform';
import { useZuoci } from '../store/store';

/** A host failure's message in the window's language (the host sends both; older hosts only Chinese). */
export function failureText(result: HostResult<unknown>): string | null {
  if (result.ok || !('message' in result)) return null;
  return useZuoci.getState().language === 'en' ? result.en ?? result.message : result.message;
}

/** Cancelled: nothing to say. Failed: the host's message, in the window's language. Done: hand over the value. */
export function whenDone<T>(result: HostResult<T>, onDone: (value: T) => void): void {
  if (result.ok) return onDone(result.value);
  const text = failureText(result);
  if (text !== null) useZuoci.getState().notify({ kind: 'error', text });
}
