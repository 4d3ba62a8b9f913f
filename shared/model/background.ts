// 底图 (trace a floor plan): a picture of the room's plan under the drawing, to draw over it to
// scale. It lives in the session's venue as an optional field; the seats never depend on it, so
// a damaged one is dropped on load with a named problem and the room still opens.
import { z } from 'zod';
import { both, type Bilingual } from '../i18n/text';

/** The picture itself: 8 MB is a scanned A3 plan at 300 dpi as a JPEG, with room to spare. */
export const MAX_BACKGROUND_BYTES = 8 * 1024 * 1024;
/** The same limit as a data URL (base64 is 4/3 of the bytes) plus its header. */
const MAX_DATA_URL_LENGTH = Math.ceil(MAX_BACKGROUND_BYTES / 3) * 4 + 100;

export const BACKGROUND_TYPES = ['image/png', 'image/jpeg'] as const;

/**
 * `image` is a PNG or JPEG data URL (a PDF's first page is stored as a PNG). (x, y) is where the
 * picture's top-left corner lies in the room (cm); `cmPerPixel` is its scale.
 */
export const backgroundSchema = z.looseObject({
  image: z.string().max(MAX_DATA_URL_LENGTH).regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=]+$/),
  x: z.number().finite().min(-100_000).max(100_000),
  y: z.number().finite().min(-100_000).max(100_000),
  cmPerPixel: z.number().finite().positive().max(10_000),
  opacity: z.number().min(0.05).max(1),
});

export type Background = z.infer<typeof backgroundSchema>;

export interface Point {
  x: number;
  y: number;
}

export const DEFAULT_OPACITY = 0.4;

/** A picture too large to keep in the document, said with its size; null when it is fine. */
export function backgroundTooLarge(bytes: number): Bilingual | null {
  if (bytes <= MAX_BACKGROUND_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return both(`底图文件 ${mb} MB，超过 8 MB 上限。请先缩小或压缩图片（如另存为 JPEG）再导入。`,
    `The floor plan is ${mb} MB, over the 8 MB limit. Make the picture smaller (e.g. save it as a JPEG) and import it again.`);
}

/** A new picture fitted across the room's width at its top-left corner, faded. */
export function fittedBackground(image: string, pixelWidth: number, venue: { width: number }): Background {
  return { image, x: 0, y: 0, cmPerPixel: venue.width / Math.max(1, pixelWidth), opacity: DEFAULT_OPACITY };
}

/**
 * The scale from two points the user clicked on the picture (room cm, as it is drawn now) and the
 * real distance between them: the picture grows or shrinks about the first point, which stays put.
 */
export function scaledBackground(background: Background, first: Point, second: Point, realCm: number): Background | null {
  const drawnCm = Math.hypot(second.x - first.x, second.y - first.y);
  if (!(drawnCm > 0) || !(realCm > 0) || !Number.isFinite(realCm)) return null;
  const pixels = drawnCm / background.cmPerPixel;
  const cmPerPixel = realCm / pixels;
  // The first point's place on the picture, in its pixels, stays where it is in the room.
  const px = (first.x - background.x) / background.cmPerPixel;
  const py = (first.y - background.y) / background.cmPerPixel;
  return { ...background, cmPerPixel, x: first.x - px * cmPerPixel, y: first.y - py * cmPerPixel };
}

/** "12.5", "12,5", "12.5 m", "12.5米", "1250 cm", "1250厘米" → centimetres; null when not a distance. */
export function parseDistance(text: string): number | null {
  const match = /^\s*(\d+(?:[.,，]\d+)?)\s*(m|米|cm|厘米|公分)?\s*$/i.exec(text);
  if (!match) return null;
  const value = Number(match[1]!.replace(/[,，]/, '.'));
  const cm = /^(cm|厘米|公分)$/i.test(match[2] ?? '') ? value : value * 100;
  return cm > 0 && cm <= 100_000 ? cm : null;
}

/**
 * A stored picture as this version reads it: kept when sound, else dropped with the reason (the
 * room itself never depends on it, so a broken picture must not stop the file from opening).
 */
export function readBackground(raw: unknown): { background?: Background; problem?: Bilingual } {
  if (raw === undefined) return {};
  const parsed = backgroundSchema.safeParse(raw);
  if (parsed.success) return { background: parsed.data };
  const field = parsed.error.issues[0]?.path.join('.') || 'background';
  return { problem: both(`底图无法读取（字段 ${field}），已移除；会场和座位不受影响。`, `The floor plan picture could not be read (field ${field}); it was removed. The room and its seats are unaffected.`) };
}

/** What a picked file is, by its name: the pickers offer only these. */
export function floorPlanType(fileName: string): 'image/png' | 'image/jpeg' | 'application/pdf' | null {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'png') return 'image/png';
  if (extension === 'jpg' || extension === 'jpeg') return 'image/jpeg';
  if (extension === 'pdf') return 'application/pdf';
  return null;
}
