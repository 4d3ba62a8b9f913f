// The zoom level (100% = the whole room fits) with −, + and fit: the same Actions as the menu.
import { runAction } from '../actions/run';
import { zoomFitAction, zoomInAction, zoomOutAction } from '../actions/view-actions';
import { useMessages } from '../i18n/useMessages';
import { fittedViewport } from './view-commands';
import { useZuoci } from '../store/store';
import { useView } from './view-store';

export function ZoomIndicator() {
  const messages = useMessages();
  const sessionId = useZuoci((state) => state.sessionId);
  const percent = useView((state) => {
    const view = state.viewports[sessionId];
    return view ? Math.round((view.scale / fittedViewport(state.screen.width, state.screen.height).scale) * 100) : 100;
  });
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
