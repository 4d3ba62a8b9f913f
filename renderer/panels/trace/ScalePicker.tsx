// While the floor plan's scale is being set: a crosshair over the canvas that takes two clicks
// (in room cm, whatever the zoom), marks the first, and says what to do. Escape gives up. The
// wheel still zooms (it reaches the canvas underneath), so a user can zoom in to click precisely.
import { useEffect } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { currentViewport } from '../../canvas/view-commands';
import { useView } from '../../canvas/view-store';
import { addScalePoint, cancelScalePoints, useScalePoints } from './scale-points';
import './trace.css';

export function ScalePicker() {
  const points = useScalePoints((state) => state.points);
  const t = useMessages().floorPlan;
  // Redrawn when the view moves, so the first point's mark stays on its spot.
  useView((state) => state.viewports);
  useEffect(() => {
    if (!points) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      cancelScalePoints();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [points]);
  if (!points) return null;
  const view = currentViewport();
  const onPointerDown = (event: React.PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    // The second click opens the distance form, which focuses its box; the click's own mousedown
    // must not then move the focus away (to the form's backdrop), or the typed metres go nowhere.
    event.preventDefault();
    const box = event.currentTarget.getBoundingClientRect();
    const v = currentViewport();
    addScalePoint({ x: (event.clientX - box.left - v.x) / v.scale, y: (event.clientY - box.top - v.y) / v.scale });
  };
  return (
    <div className="scale-picker" data-testid="scale-picker" data-points={points.length} onPointerDown={onPointerDown}>
      <div className="scale-picker-hint" role="status">{points.length === 0 ? t.pickFirst : t.pickSecond}</div>
      {points.map((p, i) => (
        <div key={i} className="scale-picker-mark" style={{ left: p.x * view.scale + view.x, top: p.y * view.scale + view.y }} />
      ))}
    </div>
  );
}
