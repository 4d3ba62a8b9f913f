// 底图 (trace a floor plan, issue 9 item 4): import a picture or a PDF's first page under the room,
// set its scale from two clicked points and a typed distance, fade it, move it, remove it. Each
// change of the picture is one undo step of the session's venue; the seats never depend on it.
import { backgroundTooLarge, fittedBackground, parseDistance, scaledBackground, type Background } from '../../shared/model/background';
import { inLanguage } from '../../shared/i18n/text';
import type { Project } from '../../shared/model/schema';
import { MESSAGES } from '../i18n/i18n';
import { askForm } from '../panels/dialogs/form';
import { floorPlanPicture } from '../panels/trace/floor-plan-picture';
import { pickTwoPoints } from '../panels/trace/scale-points';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';
import type { Action } from './action';
import { whenDone } from './host-result';

const messages = () => MESSAGES[useZuoci.getState().language].floorPlan;
const current = (): Background | undefined => useZuoci.getState().project.venue.background;

/** Put a picture under the room, or take it away (undefined): one undo step. */
export function commitBackground(background: Background | undefined): void {
  useZuoci.getState().commit((project: Project) => {
    if (project.venue.background === background) return project;
    const { background: _old, ...venue } = project.venue;
    return { ...project, venue: background ? { ...venue, background } : venue };
  });
}

/** A change of the picture's place or opacity (the panel's fields and slider). */
export function changeBackground(change: Partial<Pick<Background, 'x' | 'y' | 'opacity'>>): void {
  const background = current();
  if (background) commitBackground({ ...background, ...change });
}

const cmText = (cm: number) => String(Number(cm.toPrecision(3)));

export const importFloorPlanAction: Action = {
  name: 'importFloorPlan',
  label: (m) => m.floorPlan.importFloorPlan,
  async perform() {
    const picked = await platform.pickFloorPlan();
    whenDone(picked, () => undefined);
    if (!picked.ok) return;
    const state = useZuoci.getState();
    const { fileName, bytes, base64 } = picked.value;
    const tooLarge = backgroundTooLarge(bytes);
    if (tooLarge || base64 === null) return tell({ kind: 'error', key: 'floor-plan', say: (_m, language) => inLanguage(tooLarge ?? backgroundTooLarge(Infinity)!, language) });
    const picture = await floorPlanPicture({ ...picked.value, base64 });
    if (!picture) return tell({ kind: 'error', key: 'floor-plan', say: (m) => m.floorPlan.unreadable(fileName) });
    // A PDF page drawn into a PNG may come out larger than the file was.
    const drawnTooLarge = backgroundTooLarge(Math.floor(picture.dataUrl.length * 0.75));
    if (drawnTooLarge) return tell({ kind: 'error', key: 'floor-plan', say: (_m, language) => inLanguage(drawnTooLarge, language) });
    commitBackground(fittedBackground(picture.dataUrl, picture.pixelWidth, state.project.venue));
    tell({
      kind: 'info', key: 'floor-plan', say: (m) => m.floorPlan.imported(fileName),
      sayDetails: (m) => [...(picture.pages > 1 ? [m.floorPlan.pdfFirstPage(picture.pages)] : []), m.floorPlan.notPrinted],
    });
  },
};

export const setFloorPlanScaleAction: Action = {
  name: 'setFloorPlanScale',
  label: (m) => m.floorPlan.setScale,
  predicate: () => current() !== undefined,
  async perform() {
    const points = await pickTwoPoints();
    if (!points) return;
    const t = messages();
    if (Math.hypot(points[1].x - points[0].x, points[1].y - points[0].y) < 1e-6) {
      return tell({ kind: 'error', key: 'floor-plan', say: (m) => m.floorPlan.samePoint });
    }
    const values = await askForm({
      title: t.distanceTitle,
      fields: [{ key: 'distance', kind: 'text', label: t.distanceLabel, required: true }],
      check: (v) => (parseDistance(String(v.distance)) === null ? t.distanceInvalid : null),
    });
    const realCm = values && parseDistance(String(values.distance));
    const background = current();
    if (!realCm || !background) return;
    const scaled = scaledBackground(background, points[0], points[1], realCm);
    if (!scaled) return;
    commitBackground(scaled);
    tell({ kind: 'info', key: 'floor-plan', say: (m) => m.floorPlan.scaleSet(cmText(scaled.cmPerPixel)) });
  },
};

export const removeFloorPlanAction: Action = {
  name: 'removeFloorPlan',
  label: (m) => m.floorPlan.removeFloorPlan,
  predicate: () => current() !== undefined,
  perform: () => commitBackground(undefined),
};

export const TRACE_ACTIONS: Action[] = [importFloorPlanAction, setFloorPlanScaleAction, removeFloorPlanAction];
