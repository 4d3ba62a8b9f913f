// A picked floor plan made into the picture the venue keeps: a PNG or JPEG as it is, a PDF's first
// page drawn by the bundled pdf.js (its one shared worker) into a PNG, or a JPEG if the PNG would
// be over the document's limit. Returns null when the file is not a picture or PDF at all.
import { MAX_BACKGROUND_BYTES } from '../../../shared/model/background';
import type { PickedFloorPlan } from '../../../shared/platform';

export interface FloorPlanPicture {
  dataUrl: string;
  /** The picture's width in pixels, for the first fit across the room. */
  pixelWidth: number;
  /** A PDF's page count (only page 1 is used), else 1. */
  pages: number;
}

/** A PDF page is drawn this wide: enough to read a plan's dimension lines when zoomed in. */
const PDF_PAGE_PIXELS = 2400;
/**
 * A photo or scan larger than this on its longest side is scaled down on import: the canvas paints
 * the picture on every pan and zoom, and a 10,000 px scan would cost frames without showing more.
 */
export const MAX_PICTURE_PIXELS = 4096;

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function decodePicture(dataUrl: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onload = () => resolve(image.naturalWidth > 0 ? image : null);
    image.onerror = () => resolve(null);
    image.src = dataUrl;
  });
}

/** The picture at most MAX_PICTURE_PIXELS on its longest side, in its own format. */
function withinPixels(image: HTMLImageElement, dataUrl: string, type: string): { dataUrl: string; pixelWidth: number } {
  const longest = Math.max(image.naturalWidth, image.naturalHeight);
  if (longest <= MAX_PICTURE_PIXELS) return { dataUrl, pixelWidth: image.naturalWidth };
  const k = MAX_PICTURE_PIXELS / longest;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * k));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * k));
  canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
  return { dataUrl: canvas.toDataURL(type, 0.9), pixelWidth: canvas.width };
}

/** Base64 length of a data URL's payload, in bytes. */
const payloadBytes = (dataUrl: string) => Math.floor(((dataUrl.length - dataUrl.indexOf(',') - 1) * 3) / 4);

async function firstPdfPage(bytes: Uint8Array): Promise<FloorPlanPicture | null> {
  const [pdfjs, { worker }] = await Promise.all([import('pdfjs-dist'), import('../print/PdfPreview')]);
  const task = pdfjs.getDocument({ data: bytes, worker: worker() });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const unscaled = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: Math.min(4, PDF_PAGE_PIXELS / Math.max(unscaled.width, unscaled.height)) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    const context = canvas.getContext('2d')!;
    // A PDF page has no background of its own: paper white, or the plan would be drawn on nothing.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: context, viewport }).promise;
    let dataUrl = canvas.toDataURL('image/png');
    if (payloadBytes(dataUrl) > MAX_BACKGROUND_BYTES) dataUrl = canvas.toDataURL('image/jpeg', 0.85);
    return { dataUrl, pixelWidth: canvas.width, pages: pdf.numPages };
  } catch {
    return null;
  } finally {
    void task.destroy();
  }
}

export async function floorPlanPicture(picked: PickedFloorPlan & { base64: string }): Promise<FloorPlanPicture | null> {
  if (picked.type === 'application/pdf') return firstPdfPage(decodeBase64(picked.base64));
  const dataUrl = `data:${picked.type};base64,${picked.base64}`;
  const image = await decodePicture(dataUrl);
  return image && { ...withinPixels(image, dataUrl, picked.type), pages: 1 };
}
