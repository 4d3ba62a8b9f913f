// The tools' window on the app: the scene for geometry, the stores for state. The one document
// change a tool can make (a person moved or taken off their seat) is a store gesture (hand-placement.ts).
import { useZuoci } from '../store/store';
import { seatMoveGesture } from './hand-placement';
import type { CanvasScene } from './scene/scene';
import type { ToolContext } from './tools/tool';
import { openSession, useView } from './view-store';
import { toVenue } from './viewport';

export function toolContext(scene: CanvasScene, spaceHeld: () => boolean): ToolContext {
  const move = seatMoveGesture();
  const seatAtVenue = (x: number, y: number) => {
    const index = scene.index.seatAt(x, y);
    return index === undefined ? undefined : scene.room?.seats[index];
  };
  return {
    seatAt: (p) => {
      const v = toVenue(scene.viewport, p.x, p.y);
      return seatAtVenue(v.x, v.y);
    },
    toVenue: (p) => toVenue(scene.viewport, p.x, p.y),
    viewport: () => scene.viewport,
    setViewport: (viewport) => useView.getState().setViewport(openSession(), viewport),
    spaceHeld,
    selected: () => useZuoci.getState().selectedSeatIds,
    select: (ids) => useZuoci.getState().selectSeats(ids),
    seatIdsIn: (box) => scene.index.seatsIn(box).map((i) => scene.room!.seats[i]!.seat.id),
    setMarquee: (box) => useView.getState().setMarquee(box),
    setHover: (id) => {
      if (useView.getState().hoverSeatId !== id) useView.getState().setHover(id);
    },
    occupantName: (seatId) => {
      const { project } = useZuoci.getState();
      const personId = project.assignment[seatId];
      return project.people.find((p) => p.id === personId)?.name;
    },
    setGhost: (text, at) => scene.setGhost(text, at?.x, at?.y),
    beginMove: (from) => move.begin(from),
    previewMove: (to) => move.preview(to),
    previewUnseat: () => move.previewUnseat(),
    endMove: (keep) => move.end(keep),
  };
}
