// The zoom level (100% = the whole room fitted in a default-sized canvas) with −, + and fit: the same Actions as the menu.
import { runAction } from '../actions/run';
import { zoomFitAction, zoomInAction, zoomOutAction } from '../actions/view-actions';
import { useMessages } from '../i18n/useMessages';
import { fittedViewport, zoomPercent } from './view-commands';
import { useZuoci } from '../store/store';
import { useView } from './view-store';

export function ZoomIndicator() {
  const messages = useMessages();
  const sessionId = useZuoci((state) => state.sessionId);
  const venue = useZuoci((state) => state.project.venue);
  // The drawing's scale against a fixed reference (view-commands.ts), so only a zoom changes it.
  const percent = useView((state) => zoomPercent((state.viewports[sessionId] ?? fittedViewport(state.screen.width, state.screen.height)).scale, venue));
  return (
    <div className="zoom-indicator">
      {[zoomOutAction, zoomInAction].map((action, i) => (
        <button key={action.name} type="button" data-action={action.name} title={`${action.label(messages)} (${action.shortcut})`} onClick={() => void runAction(action)}>
          {i === 0 ? '−' : '+'}
        </button>
      ))}
      <button type="button" data-action={zoomFitAction.name} data-testid="zoom-level" title={`${zoomFitAction.label(messages)} (${zoomFitAction.shortcut})`} onClick={() => void runAction(zoomFitAction)}>
        {percent}%
      </button>
    </div>
  );
}
