// A render error anywhere below shows a message and a way back instead of a blank window. The
// document lives in the store, outside React, so "show the window again" loses nothing.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorText } from './uncaught-errors';
import { safetyWords } from './words';

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const words = safetyWords();
    return (
      <div className="safety-crash" role="alert" data-testid="error-boundary">
        <p>{words.crashed}</p>
        <p className="safety-crash-detail">{words.crashedDetail}{errorText(this.state.error)}</p>
        <button type="button" onClick={() => this.setState({ error: null, failed: false })}>{words.reloadView}</button>
      </div>
    );
  }
}
