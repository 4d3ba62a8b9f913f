// 底图: the traced floor plan, a faded picture drawn on the room layer just above its floor and
// under every shape, seat and name. No layer of its own (each layer is one more canvas to paint on
// every pan and zoom). Decoded once per picture (the data URL is the key), never listening, and
// redrawn only when the picture, its place, scale or opacity change.
import Konva from 'konva';
import type { Background } from '../../../shared/model/background';

export class FloorPlanPicture {
  readonly node = new Konva.Image({ image: undefined, visible: false, listening: false, perfectDrawEnabled: false, name: 'floor-plan' });
  private source: string | null = null;
  private decoded: HTMLImageElement | null = null;
  /** The picture on screen now, for the test probe: its place and size in room cm, or null. */
  shown: { x: number; y: number; width: number; height: number; opacity: number; pixels: { width: number; height: number } } | null = null;

  /** On a freshly filled room layer, just above its floor (the layer's first shape). */
  placeIn(layer: Konva.Layer): void {
    layer.add(this.node);
    this.node.zIndex(Math.min(1, layer.children.length - 1));
  }

  set(background: Background | undefined): void {
    if (!background) {
      this.node.visible(false);
      this.source = null;
      this.decoded = null;
      this.shown = null;
      this.node.getLayer()?.batchDraw();
      return;
    }
    const place = () => {
      const image = this.decoded!;
      const width = image.naturalWidth * background.cmPerPixel;
      const height = image.naturalHeight * background.cmPerPixel;
      this.node.setAttrs({ image, x: background.x, y: background.y, width, height, opacity: background.opacity, visible: true });
      this.shown = { x: background.x, y: background.y, width, height, opacity: background.opacity, pixels: { width: image.naturalWidth, height: image.naturalHeight } };
      this.node.getLayer()?.batchDraw();
    };
    if (this.source === background.image && this.decoded) return place();
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

/** The same room with another floor plan (or none): only the picture need be drawn again. */
export function onlyFloorPlanChanged<V extends object>(venue: V, before: V): boolean {
  const keys = new Set([...Object.keys(venue), ...Object.keys(before)]);
  keys.delete('background');
  return [...keys].every((key) => venue[key as keyof V] === before[key as keyof V]);
}
