// The floor plan commands through the store: each change of the picture is one undo step; the
// scale comes from two clicked points and a typed distance; a file over 8 MB is refused by size.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type * as Actions from '../../renderer/actions/trace-actions';
import type * as Store from '../../renderer/store/store';
import type * as Points from '../../renderer/panels/trace/scale-points';
import type * as Forms from '../../renderer/panels/dialogs/form';
import type * as Run from '../../renderer/actions/run';
import type * as PlatformModule from '../../renderer/platform/platform';

let actions: typeof Actions;
let store: typeof Store;
let points: typeof Points;
let forms: typeof Forms;
let run: typeof Run;
let host: typeof PlatformModule;

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

beforeAll(async () => {
  vi.stubGlobal('window', {}); // the renderer picks its platform from `window`
  actions = await import('../../renderer/actions/trace-actions');
  store = await import('../../renderer/store/store');
  points = await import('../../renderer/panels/trace/scale-points');
  forms = await import('../../renderer/panels/dialogs/form');
  run = await import('../../renderer/actions/run');
  host = await import('../../renderer/platform/platform');
});

const state = () => store.useZuoci.getState();
const background = () => state().project.venue.background;
/** Wait for the action's next await to be reached (a form to be asked). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('floor plan commands', () => {
  it('putting a picture under the room, fading it and removing it are one undo step each', () => {
    const steps = state().history.past.length;
    actions.commitBackground({ image: PNG, x: 0, y: 0, cmPerPixel: 10, opacity: 0.4 });
    actions.changeBackground({ opacity: 0.6 });
    expect(background()?.opacity).toBe(0.6);
    expect(state().history.past.length).toBe(steps + 2);
    void run.runAction(actions.removeFloorPlanAction);
    expect(background()).toBeUndefined();
    state().undo();
    expect(background()?.opacity).toBe(0.6);
    state().undo();
    expect(background()?.opacity).toBe(0.4);
  });

  it('sets the scale from two points 300 cm apart as drawn, said to be 15 m apart', async () => {
    const done = run.runAction(actions.setFloorPlanScaleAction);
    points.addScalePoint({ x: 100, y: 200 });
    points.addScalePoint({ x: 400, y: 200 });
    await settle();
    const form = forms.useForms.getState().queue[0]!;
    expect(form.check?.({ distance: 'abc' })).toBe('请输入大于 0 的距离，如 12.5（米）或 1250 cm');
    form.answer({ distance: '15' });
    await done;
    // 300 cm drawn at 10 cm a pixel is 30 px; 1500 cm / 30 px = 50 cm a pixel.
    expect(background()?.cmPerPixel).toBeCloseTo(50);
    expect(state().notices.at(-1)?.text).toBe('底图比例已设置：1 像素 = 50 厘米');
    state().undo();
    expect(background()?.cmPerPixel).toBe(10);
  });

  it('giving up while picking (Escape) or in the distance form changes nothing', async () => {
    const steps = state().history.past.length;
    const escaped = run.runAction(actions.setFloorPlanScaleAction);
    points.addScalePoint({ x: 1, y: 1 });
    points.cancelScalePoints();
    await escaped;
    const cancelled = run.runAction(actions.setFloorPlanScaleAction);
    points.addScalePoint({ x: 1, y: 1 });
    points.addScalePoint({ x: 5, y: 1 });
    await settle();
    forms.useForms.getState().queue[0]!.answer(null);
    await cancelled;
    expect(state().history.past.length).toBe(steps);
    expect(background()?.cmPerPixel).toBe(10);
  });

  it('two clicks on one spot set no scale and say why', async () => {
    const done = run.runAction(actions.setFloorPlanScaleAction);
    points.addScalePoint({ x: 7, y: 7 });
    points.addScalePoint({ x: 7, y: 7 });
    await done;
    expect(forms.useForms.getState().queue).toEqual([]);
    expect(state().notices.at(-1)?.text).toMatch(/两次点击在同一位置/);
  });

  it('a file over 8 MB is refused with its size and the picture stays', async () => {
    vi.spyOn(host.platform, 'pickFloorPlan').mockResolvedValueOnce({ ok: true, value: { fileName: 'scan.jpg', type: 'image/jpeg', bytes: 12 * 1024 * 1024, base64: null } });
    const before = background();
    await run.runAction(actions.importFloorPlanAction);
    expect(state().notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringContaining('底图文件 12.0 MB，超过 8 MB 上限') });
    expect(background()).toBe(before);
  });
});
