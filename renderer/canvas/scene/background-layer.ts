// 底图: the traced floor plan, a faded picture on the lowest layer, under the room's floor and
// shapes. Decoded once per picture (the data URL is the key), never listening, redrawn only when
// the picture, its place, scale or opacity change — never on a change of seating or selection.
import Konva from 'konva';
import type { Background } from '../../../shared/model/background';

export class BackgroundLayer {
  readonly layer = new Konva.Layer({ listening: false });
  private readonly picture = new Konva.Image({ image: undefined, listening: false, perfectDrawEnabled: false, name: 'floor-plan' });
  private source: string | null = null;
  private decoded: HTMLImageElement | null = null;
  /** The picture on screen now, for the test probe: its place and size in room cm, or null. */
  shown: { x: number; y: number; width: number; height: number; opacity: number } | null = null;

  constructor(private readonly redraw: () => void) {
    this.layer.add(this.picture);
  }

  set(background: Background | undefined): void {
    if (!background) {
      this.picture.visible(false);
      this.source = null;
      this.decoded = null;
      this.shown = null;
      this.layer.batchDraw();
      return;
    }
    const place = () => {
      const image = this.decoded!;
      const width = image.naturalWidth * background.cmPerPixel;
      const height = image.naturalHeight * background.cmPerPixel;
      this.picture.setAttrs({ image, x: background.x, y: background.y, width, height, opacity: background.opacity, visible: true });
      this.shown = { x: background.x, y: background.y, width, height, opacity: background.opacity };
      this.layer.batchDraw();
      this.redraw();
    };
    if (this.source === background.image && this.decoded?.complete) return place();
    this.source = background.image;
    const image = new Image();
    image.onload = () => {
      // A newer picture may have replaced this one while it decoded.
      if (this.source !== background.image) return;
      this.decoded = image;
      place();
    };
    image.src = background.image;
  }
}

/** With a floor plan under it the room's floor is see-through, so the plan shows. */
export function showFloorThrough(roomLayer: Konva.Layer, through: boolean): void {
  roomLayer.findOne<Konva.Rect>('.floor')?.opacity(through ? 0.35 : 1);
  roomLayer.batchDraw();
}

/** The same room with another floor plan (or none): only the picture need be drawn again. */
export function onlyFloorPlanChanged<V extends object>(venue: V, before: V): boolean {
  const keys = new Set([...Object.keys(venue), ...Object.keys(before)]);
  keys.delete('background');
  return [...keys].every((key) => venue[key as keyof V] === before[key as keyof V]);
}
