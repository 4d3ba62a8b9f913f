// The print dialog's preview: the first pages of the real PDF, drawn by pdf.js (bundled, offline).
import { useEffect, useRef } from 'react';
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

const PREVIEW_PAGES = 2;
const PREVIEW_WIDTH = 420;

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function PdfPreview({ pdfBase64, kind }: { pdfBase64: string; kind: string }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    const task = pdfjs.getDocument({ data: decodeBase64(pdfBase64) });
    void task.promise.then(async (pdf) => {
      const canvases: HTMLCanvasElement[] = [];
      for (let n = 1; n <= Math.min(PREVIEW_PAGES, pdf.numPages); n++) {
        const page = await pdf.getPage(n);
        const unscaled = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: PREVIEW_WIDTH / unscaled.width });
        const canvas = document.createElement('canvas');
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        canvas.dataset.page = String(n);
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
        canvases.push(canvas);
      }
      if (!cancelled && holder.current) holder.current.replaceChildren(...canvases);
    }).catch(() => undefined);
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [pdfBase64]);
  return <div ref={holder} className="pdf-preview" data-testid="pdf-preview" data-kind={kind} />;
}
