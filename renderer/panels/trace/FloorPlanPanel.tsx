// 底图 panel: import a floor plan, set its scale, fade it, move it, remove it. The buttons run the
// same Actions as the menus; the opacity slider is one undo step per drag (a gesture).
import { changeBackground, TRACE_ACTIONS } from '../../actions/trace-actions';
import { runAction } from '../../actions/run';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { DraftInput } from '../DraftInput';
import './trace.css';

const metres = (cm: number) => String(Number((cm / 100).toFixed(2)));

export function FloorPlanPanel() {
  const messages = useMessages();
  const t = messages.floorPlan;
  const background = useZuoci((state) => state.project.venue.background);
  const setPosition = (key: 'x' | 'y', text: string) => {
    const value = Number(text.replace('，', '.').trim());
    if (text.trim() && Number.isFinite(value) && Math.abs(value) <= 1000) changeBackground({ [key]: Math.round(value * 1000) / 10 });
  };
  // The slider's drag is one step: begun on press, the picture follows, recorded on release.
  const slide = (opacity: number) => {
    const state = useZuoci.getState();
    const now = state.project.venue.background;
    if (!now) return;
    if (state.gestureBase) state.updateGesture((p) => ({ ...p, venue: { ...p.venue, background: { ...now, opacity } } }));
    else changeBackground({ opacity });
  };
  return (
    <details className="floor-plan-panel" data-testid="floor-plan-panel">
      <summary>{t.title}</summary>
      <div className="floor-plan-body">
        {background ? (
          <>
            <p className="floor-plan-note" data-testid="floor-plan-scale">{t.scale(String(Number(background.cmPerPixel.toPrecision(3))))}</p>
            <label className="floor-plan-field">
              <span>{t.opacity}</span>
              <input
                type="range" data-field="floor-plan-opacity" min={0.05} max={1} step={0.05} value={background.opacity}
                onPointerDown={(e) => {
                  // Released anywhere, the drag still ends here: one step however far it went.
                  e.currentTarget.setPointerCapture(e.pointerId);
                  useZuoci.getState().beginGesture();
                }}
                onPointerUp={() => useZuoci.getState().commitGesture()}
                onLostPointerCapture={() => useZuoci.getState().commitGesture()}
                onChange={(e) => slide(Number(e.target.value))}
              />
            </label>
            <label className="floor-plan-field">
              <span>{t.x}</span>
              <DraftInput data-field="floor-plan-x" inputMode="decimal" value={metres(background.x)} onCommit={(text) => setPosition('x', text)} />
            </label>
            <label className="floor-plan-field">
              <span>{t.y}</span>
              <DraftInput data-field="floor-plan-y" inputMode="decimal" value={metres(background.y)} onCommit={(text) => setPosition('y', text)} />
            </label>
          </>
        ) : (
          <p className="floor-plan-note">{t.none}</p>
        )}
        <p className="floor-plan-note">{t.notPrinted}</p>
        <div className="floor-plan-actions">
          {TRACE_ACTIONS.map((action) => (
            <button key={action.name} type="button" data-action={action.name} disabled={action.predicate ? !action.predicate() : false} onClick={() => void runAction(action)}>
              {action.label(messages)}
            </button>
          ))}
        </div>
      </div>
    </details>
  );
}
