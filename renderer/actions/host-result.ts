import type { HostResult } from '../../shared/platform';
import { useZuoci } from '../store/store';

/** Cancelled: nothing to say. Failed: the host's Chinese message. Done: hand over the value. */
export function whenDone<T>(result: HostResult<T>, onDone: (value: T) => void): void {
  if (result.ok) return onDone(result.value);
  if ('message' in result) useZuoci.getState().notify({ kind: 'error', text: result.message });
}
