// The venue drawn in A-view (rostrum at the top), scaled to fit its container. The canvas is a
// view of the store: it derives seats from the document and keeps no state of its own.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Layer, Rect, Stage } from 'react-konva';
import { deriveSeats } from '../../shared/layout/seats';
import { headDirection } from '../../shared/layout/tables';
import { useZuoci } from '../store/store';
import type Konva from 'konva';
import { explainPlacement } from '../../shared/arrange/explain';
import { placePerson } from '../../shared/model/edits';
import { PERSON_DRAG_TYPE } from '../panels/drag';
import { fitViewport, seatAt } from './geometry';
import { HallShape, ObjectShape, RostrumShape, TableShape } from './ElementShapes';
import { SeatShape } from './SeatShape';

const SEAT_SIZE = { rostrum: { width: 72, height: 56 }, hall: { width: 50, height: 42 }, table: { width: 62, height: 50 } };

function useContainerSize(ref: React.RefObject<HTMLDivElement | null>) {
  const [size, setSize] = useState({ width: 800, height: 600 });
  useEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setSize({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

export function VenueCanvas() {
  const container = useRef<HTMLDivElement>(null);
  const { width, height } = useContainerSize(container);
  const venue = useZuoci((state) => state.project.venue);
  const people = useZuoci((state) => state.project.people);
  const assignment = useZuoci((state) => state.project.assignment);
  const locks = useZuoci((state) => state.project.locks);
  const selectedIds = useZuoci((state) => state.selectedSeatIds);
  const selectSeats = useZuoci((state) => state.selectSeats);
  const commit = useZuoci((state) => state.commit);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);

  const seats = useMemo(() => deriveSeats(venue), [venue]);
  const names = useMemo(() => new Map(people.map((person) => [person.id, person.name])), [people]);
  const locked = useMemo(() => new Set(locks), [locks]);
  const viewport = fitViewport(venue.width, venue.depth, width, height);
  const [hover, setHover] = useState<{ x: number; y: number; text: string } | null>(null);

  // Hit-testing in venue maths, not Konva listeners: static seats stay `listening(false)`.
  const seatUnder = (x: number, y: number) => seatAt(seats, (x - viewport.offsetX) / viewport.scale, (y - viewport.offsetY) / viewport.scale, SEAT_SIZE);
  const onMouseMove = (event: Konva.KonvaEventObject<MouseEvent>) => {
    const pointer = event.target.getStage()?.getPointerPosition();
    if (!pointer) return;
    const seat = seatUnder(pointer.x, pointer.y);
    // Read at the moment of hovering: the canvas does not redraw for changes it does not show.
    const project = useZuoci.getState().project;
    const person = seat && project.people.find((p) => p.id === assignment[seat.id]);
    setHover(seat && person ? { x: pointer.x, y: pointer.y, text: `${person.name}：${explainPlacement(project, seat, person)}` } : null);
  };

  const onClick = (event: Konva.KonvaEventObject<MouseEvent>) => {
    const pointer = event.target.getStage()?.getPointerPosition();
    const seat = pointer && seatUnder(pointer.x, pointer.y);
    if (!seat) return selectSeats([]);
    if (!event.evt.shiftKey) return selectSeats([seat.id]);
    selectSeats(selected.has(seat.id) ? [...selected].filter((id) => id !== seat.id) : [...selected, seat.id]);
  };

  // Drop a person from the roster onto a seat: placed there by hand, and locked.
  const onDrop = (event: React.DragEvent) => {
    event.preventDefault();
    const personId = event.dataTransfer.getData(PERSON_DRAG_TYPE);
    const box = container.current!.getBoundingClientRect();
    const seat = seatUnder(event.clientX - box.left, event.clientY - box.top);
    if (personId && seat && !seat.disabled) {
      commit((p) => placePerson(p, personId, seat.id));
      selectSeats([seat.id]);
    }
  };

  return (
    <div ref={container} className="canvas-container" data-testid="venue-canvas" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <Stage width={width} height={height} onMouseMove={onMouseMove} onMouseLeave={() => setHover(null)} onClick={onClick}>
        <Layer x={viewport.offsetX} y={viewport.offsetY} scaleX={viewport.scale} scaleY={viewport.scale} listening={false}>
          <Rect width={venue.width} height={venue.depth} fill="#fafaf9" stroke="#d6d3d1" />
          {venue.elements.map((element) =>
            element.kind === 'rostrum' ? <RostrumShape key={element.id} element={element} />
            : element.kind === 'hall' ? <HallShape key={element.id} element={element} />
            : element.kind === 'table' ? <TableShape key={element.id} element={element} direction={headDirection(element, venue)} />
            : <ObjectShape key={element.id} element={element} />,
          )}
          {seats.map((seat) => {
            const personId = assignment[seat.id];
            return (
              <SeatShape
                key={seat.id}
                seat={seat}
                name={personId ? names.get(personId) : undefined}
                {...SEAT_SIZE[seat.zone]}
                locked={locked.has(seat.id)}
                selected={selected.has(seat.id)}
              />
            );
          })}
        </Layer>
      </Stage>
      {hover && (
        <div className="seat-tooltip" data-testid="seat-tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          {hover.text}
        </div>
      )}
    </div>
  );
}
