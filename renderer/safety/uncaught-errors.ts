// Every error reaches the user as a message, never only the console: an exception thrown by an
// event handler or an Action's promise lands here (render errors go to ErrorBoundary).
import { useEffect } from 'react';
import { useZuoci } from '../store/store';
import { safetyWords } from './words';

export function errorText(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  if (typeof reason === 'string') return reason;
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}

export function reportError(reason: unknown): void {
  useZuoci.getState().notify({ kind: 'error', text: safetyWords().failed(errorText(reason)) });
}

export function useUncaughtErrors(): void {
  useEffect(() => {
    // preventDefault: handled — the user has the message; the console need not repeat it.
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      reportError(event.error ?? event.message);
    };
    const onRejection = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      reportError(event.reason);
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
}
