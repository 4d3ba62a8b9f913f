// The venue on screen. The component renders once; the Konva scene follows the stores through
// subscriptions, each feeding only the layer it concerns (seating → seats and names, selection →
// overlay, viewport → transform), so no change walks 10,000 React components.
import { useEffect, useRef, useState } from 'react';
import { explainPlacementIn } from '../../shared/arrange/explain';
import { inLanguage } from '../../shared/i18n/text';
import { PERSON_DRAG_TYPE, personIdsFromDrag } from '../panels/drag';
import { useZuoci } from '../store/store';
import { ContextMenu } from './ContextMenu';
import { DesignBar } from './design/DesignBar';
import { mountDesign, selectForContextMenu } from './design/mode';
import { FindBox } from './FindBox';
import { ScalePicker } from '../panels/trace/ScalePicker';
import { MiniMap } from './MiniMap';
import { drawingFor } from './room-cache';
import { dropPeopleOnSeat } from './hand-placement';
import { useHandSeating } from './hand-seating-store';
import { SeatingStatus } from './SeatingStatus';
import { planData } from './scene/plan-data';
import { CanvasScene } from './scene/scene';
import { onlyFloorPlanChanged } from './scene/background-layer';
import { exposeForTests } from './test-hook';
import { useCanvasInput } from './useCanvasInput';
import { currentViewport } from './view-commands';
import { openSession, useView } from './view-store';
import { ZoomIndicator } from './ZoomIndicator';

/** A room is "the same room" while its name and size stay: editing it keeps the view. */
const roomKey = (venue: { name: string; width: number; depth: number }) => `${venue.name}|${venue.width}|${venue.depth}`;

export function VenueCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const scene = useRef<CanvasScene | null>(null);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  useCanvasInput(container, scene);

  useEffect(() => {
    const box = container.current!.getBoundingClientRect();
    const s = new CanvasScene(host.current!, box.width || 800, box.height || 600);
    scene.current = s;
    useView.getState().setScreen(box.width || 800, box.height || 600);
    let room = roomKey(useZuoci.getState().project.venue);
    const showRoom = () => {
      s.setRoom(drawingFor(useZuoci.getState().project.venue));
      s.setBackground(useZuoci.getState().project.venue.background);
    };
    let shown: Parameters<typeof planData>[1];
    const showPlan = () => {
      // While an agenda item is viewed, a seat used in turn shows that item's occupant.
      const turns = useView.getState().seatTurns;
      const project = turns ? { ...useZuoci.getState().project, assignment: { ...useZuoci.getState().project.assignment, ...turns } } : useZuoci.getState().project;
      const data = planData(project, shown);
      shown = { project, data };
      s.setPlan(data);
    };
    const showView = () => s.setViewport(currentViewport());
    showRoom();
    showPlan();
    showView();
    s.setOverlay({ selected: new Set(useZuoci.getState().selectedSeatIds) });
    const offDocument = useZuoci.subscribe((state, prev) => {
      const { project } = state;
      if (state.language !== prev.language && state.sessionId === prev.sessionId) showRoom();
      if (state.sessionId !== prev.sessionId) {
        // Another session: its room, its plan, and the view it had when last shown (or the room fitted).
        room = roomKey(project.venue);
        showRoom();
        showPlan();
        showView();
      } else if (project.venue !== prev.project.venue && onlyFloorPlanChanged(project.venue, prev.project.venue)) {
        s.setBackground(project.venue.background);
      } else if (project.venue !== prev.project.venue) {
        showRoom();
        // Another room in this session (a template) starts fitted; an edited room keeps its view.
        if (roomKey(project.venue) !== room) {
          room = roomKey(project.venue);
          useView.getState().forgetViewport(state.sessionId);
          showView();
        }
      }
      if (project.people !== prev.project.people || project.assignment !== prev.project.assignment || project.locks !== prev.project.locks) showPlan();
      if (state.selectedSeatIds !== prev.selectedSeatIds) s.setOverlay({ selected: new Set(state.selectedSeatIds) });
    });
    const offView = useView.subscribe((state, prev) => {
      if (state.viewports !== prev.viewports || state.screen !== prev.screen) showView();
      if (state.highlightSeatId !== prev.highlightSeatId) s.setOverlay({ highlight: state.highlightSeatId });
      if (state.marquee !== prev.marquee) s.setOverlay({ marquee: state.marquee });
      if (state.hoverSeatId !== prev.hoverSeatId) s.setOverlay({ hover: state.hoverSeatId });
      if (state.dimmedSeatIds !== prev.dimmedSeatIds) s.setOverlay({ dimmed: state.dimmedSeatIds });
      if (state.seatTurns !== prev.seatTurns) showPlan();
    });
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const { width, height } = entry.contentRect;
      s.resize(width, height);
      useView.getState().setScreen(width, height);
    });
    observer.observe(container.current!);
    const offTests = exposeForTests(s);
    s.setMarkEmpty(useHandSeating.getState().showGaps);
    const offGaps = useHandSeating.subscribe((state) => s.setMarkEmpty(state.showGaps));
    const offDesign = mountDesign(s);
    return () => {
      offDocument();
      offView();
      offGaps();
      observer.disconnect();
      offTests();
      offDesign();
      s.destroy();
      scene.current = null;
    };
  }, []);

  // The hovered seat's occupant and why they sit there, read when the hover changes.
  // Read again when the plan changes under a still pointer (a drop, a swap, undo): the tooltip
  // always explains the seat's current occupant, never the one before the change.
  useEffect(() => {
    const show = () => {
      const hoverSeatId = useView.getState().hoverSeatId;
      const seat = hoverSeatId && scene.current?.room?.seats.find((s) => s.seat.id === hoverSeatId);
      const project = useZuoci.getState().project;
      const person = seat && project.people.find((p) => p.id === project.assignment[seat.seat.id]);
      if (!seat || !person) return setHover(null);
      const view = useView.getState().viewports[openSession()] ?? scene.current!.viewport;
      const { language } = useZuoci.getState();
      setHover({ x: (seat.x + seat.width) * view.scale + view.x, y: (seat.y + seat.height) * view.scale + view.y, text: `${person.name}${language === 'en' ? ': ' : '：'}${inLanguage(explainPlacementIn(project, seat.seat, person), language)}` });
    };
    const offView = useView.subscribe((state, prev) => { if (state.hoverSeatId !== prev.hoverSeatId) show(); });
    const offPlan = useZuoci.subscribe((state, prev) => { if (state.project !== prev.project || state.language !== prev.language) show(); });
    return () => { offView(); offPlan(); };
  }, []);

  // Drop people from the roster onto a seat: placed there by hand (hand-placement.ts).
  const onDrop = (event: React.DragEvent) => {
    event.preventDefault();
    const personIds = personIdsFromDrag(event.dataTransfer.getData(PERSON_DRAG_TYPE));
    const box = container.current!.getBoundingClientRect();
    const view = scene.current!.viewport;
    const index = scene.current!.index.seatAt((event.clientX - box.left - view.x) / view.scale, (event.clientY - box.top - view.y) / view.scale);
    const seat = index === undefined ? undefined : scene.current!.room!.seats[index]!.seat;
    if (personIds.length && seat) dropPeopleOnSeat(personIds, seat.id);
  };

  const onContextMenu = (event: React.MouseEvent) => {
    event.preventDefault();
    const box = container.current!.getBoundingClientRect();
    const point = { x: event.clientX - box.left, y: event.clientY - box.top };
    if (selectForContextMenu(scene.current!, point)) return setMenu(point);
    // Right-clicking a seat outside the selection makes it the selection, as in a file manager.
    const view = scene.current!.viewport;
    const index = scene.current!.index.seatAt((point.x - view.x) / view.scale, (point.y - view.y) / view.scale);
    const seatId = index === undefined ? undefined : scene.current!.room!.seats[index]!.seat.id;
    if (seatId && !useZuoci.getState().selectedSeatIds.includes(seatId)) useZuoci.getState().selectSeats([seatId]);
    setMenu(point);
  };

  return (
    <div ref={container} className="canvas-container" data-testid="venue-canvas" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} onContextMenu={onContextMenu}>
      <div ref={host} className="canvas-host" />
      {hover && (
        <div className="seat-tooltip" data-testid="seat-tooltip" style={{ left: hover.x + 6, top: hover.y + 6 }}>
          {hover.text}
        </div>
      )}
      <ScalePicker />
      <FindBox />
      <ZoomIndicator />
      {/* One corner at the bottom-left for the layout bar and the seating counts: neither covers the other. */}
      <div className="canvas-foot">
        <SeatingStatus />
        <DesignBar />
      </div>
      <MiniMap />
      {menu && <ContextMenu x={menu.x} y={menu.y} onClose={() => setMenu(null)} />}
    </div>
  );
}
