// The print dialog's preview: the first pages of the real PDF, drawn by pdf.js (bundled, offline).
// Pages appear one by one as they render, and the dialog says when it is done (data-preview-state),
// so the user sees progress and tests wait for the app's own ready state rather than a clock.
// What makes the first page quick (bench/print-preview.ts): one pdf.js worker for the dialog's whole
// life instead of a fresh one (a megabyte of script) per preview, and the pages of the last few
// PDFs kept, so going back to a kind or an option already seen shows it at once.
import { useEffect, useRef } from 'react';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const PREVIEW_PAGES = 2;
const PREVIEW_WIDTH = 420;
const KEPT_PREVIEWS = 8;

let sharedWorker: pdfjs.PDFWorker | null = null;
/** One pdf.js worker for the app, also used to read a floor plan's first page (panels/trace). */
export const worker = () => (sharedWorker ??= new pdfjs.PDFWorker());

/** Rendered pages by PDF, oldest first. */
const rendered = new Map<string, HTMLCanvasElement[]>();
function keep(pdfBase64: string, pages: HTMLCanvasElement[]): void {
  rendered.delete(pdfBase64);
  rendered.set(pdfBase64, pages);
  if (rendered.size > KEPT_PREVIEWS) rendered.delete(rendered.keys().next().value!);
}

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function PdfPreview({ pdfBase64, kind, onRendered }: { pdfBase64: string; kind: string; onRendered: (pdfBase64: string) => void }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    const known = rendered.get(pdfBase64);
    if (known && holder.current) {
      holder.current.replaceChildren(...known);
      keep(pdfBase64, known);
      onRendered(pdfBase64);
      return;
    }
    const task = pdfjs.getDocument({ data: decodeBase64(pdfBase64), worker: worker() });
    const pages: HTMLCanvasElement[] = [];
    void task.promise.then(async (pdf) => {
      let first = true;
      for (let n = 1; n <= Math.min(PREVIEW_PAGES, pdf.numPages); n++) {
        const page = await pdf.getPage(n);
        const unscaled = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: PREVIEW_WIDTH / unscaled.width });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.dataset.page = String(n);
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
        if (cancelled || !holder.current) return;
        // The old pages stay until the new first page is ready, so the preview never goes blank.
        if (first) holder.current.replaceChildren(canvas);
        else holder.current.append(canvas);
        pages.push(canvas);
        first = false;
      }
      if (cancelled) return;
      keep(pdfBase64, pages);
      onRendered(pdfBase64);
    }).catch(() => {
      if (!cancelled) onRendered(pdfBase64);
    });
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [pdfBase64, onRendered]);
  return <div ref={holder} className="pdf-preview" data-testid="pdf-preview" data-kind={kind} />;
}
