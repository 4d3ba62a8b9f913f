// The editing core's Actions: one registry the toolbar, context menu, shortcuts and the Electron
// menu all use; a failing Action reaches the user as a notice; view actions are never undo steps.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MENU, MENU_ENGLISH, menuActions } from '../../electron/main/menu';
import type * as Registry from '../../renderer/actions/registry';
import type * as Run from '../../renderer/actions/run';
import type * as Store from '../../renderer/store/store';
import type * as View from '../../renderer/canvas/view-store';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { en } from '../../renderer/i18n/en';

// Importing electron from plain Node would try to download it: the menu needs only Menu.
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template } }));

let registry: typeof Registry;
let run: typeof Run;
let store: typeof Store;
let view: typeof View;

beforeAll(async () => {
  // The renderer picks its platform from `window` when its modules load.
  vi.stubGlobal('window', {});
  registry = await import('../../renderer/actions/registry');
  run = await import('../../renderer/actions/run');
  store = await import('../../renderer/store/store');
  view = await import('../../renderer/canvas/view-store');
});

const key = (key: string, mods: Partial<KeyboardEvent> = {}) => ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;

describe('Actions', () => {
  it('every app item of the Electron menu names an Action, with the same Chinese label', () => {
    const items = menuActions();
    expect(items.length).toBeGreaterThan(15);
    for (const item of items) {
      const action = registry.actionByName(item.action);
      expect(action, item.action).toBeDefined();
      expect(action!.label(zhCN)).toBe(item.label);
    }
    expect(MENU.map((menu) => menu.label)).toEqual(['文件', '编辑', '视图', '会场', '排座', '打印', '帮助']);
  });

  it('the Electron menu has every label in English too: the Actions’ own English labels, and the menus’ and roles’', () => {
    for (const item of menuActions()) expect(MENU_ENGLISH[item.label], item.label).toBe(registry.actionByName(item.action)!.label(en));
    const others = MENU.flatMap((menu) => [menu.label, ...menu.items.flatMap((entry) => (typeof entry !== 'object' || 'action' in entry ? [] : ['group' in entry ? entry.group : entry.label ?? '']))]);
    for (const label of others.filter(Boolean)) expect(MENU_ENGLISH[label], label).toMatch(/^[A-Z][A-Za-z .…-]+$/);
  });

  it('every Action is in the Electron menu, except the few that only make sense by key or in place', () => {
    // Arrow-key nudges and pans, a session tab's own menu, the designer panel's one-element buttons,
    // the roster table's Delete (a row pick in the table) and two toggles whose label says their state.
    const notInMenu = new Set([
      'nudgeLeft', 'nudgeLeftFar', 'nudgeRight', 'nudgeRightFar', 'nudgeUp', 'nudgeUpFar', 'nudgeDown', 'nudgeDownFar',
      'panLeft', 'panRight', 'panUp', 'panDown', 'selectNoElements',
      'renameSession', 'duplicateSession', 'moveSessionLeft', 'moveSessionRight', 'deleteSession',
      'duplicateElement', 'deleteElement', 'deleteRosterRows', 'toggleRosterTable',
    ]);
    const inMenu = new Set(menuActions().map((item) => item.action));
    const missing = registry.ALL_ACTIONS.map((a) => a.name).filter((name) => !inMenu.has(name) && !notInMenu.has(name));
    expect(missing).toEqual([]);
  });

  it('names are unique and each shortcut belongs to one Action', () => {
    const names = registry.ALL_ACTIONS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    for (const [k, mods] of [['z', { ctrlKey: true }], ['y', { ctrlKey: true }], ['=', { ctrlKey: true }], ['-', { ctrlKey: true }], ['0', { ctrlKey: true }], ['f', { ctrlKey: true }], ['ArrowLeft', {}], ['Delete', {}], ['Backspace', {}]] as const) {
      expect(registry.ALL_ACTIONS.filter((a) => a.keyTest?.(key(k, mods))).length, k).toBe(1);
    }
  });

  it('an Action that throws, at once or later, becomes an error notice naming it', async () => {
    const before = store.useZuoci.getState().notices.length;
    expect(await run.runAction({ name: 'boom', label: () => '试验', perform: () => { throw new Error('磁盘已满'); } })).toBe(false);
    expect(await run.runAction({ name: 'later', label: () => '稍后', perform: async () => Promise.reject(new Error('网络断开')) })).toBe(false);
    const notices = store.useZuoci.getState().notices.slice(before);
    expect(notices.map((n) => [n.kind, n.text])).toEqual([['error', '“试验”未能完成：磁盘已满'], ['error', '“稍后”未能完成：网络断开']]);
  });

  it('an unavailable Action does not run', async () => {
    let ran = false;
    expect(await run.runAction({ name: 'x', label: () => 'x', predicate: () => false, perform: () => void (ran = true) })).toBe(false);
    expect(ran).toBe(false);
    expect(registry.actionByName('undo')!.predicate!()).toBe(false); // nothing to undo yet
  });

  it('zoom, fit and pan change the view only: no undo step, no document change', async () => {
    const project = store.useZuoci.getState().project;
    view.useView.getState().setScreen(1000, 800);
    for (const name of ['zoomIn', 'zoomIn', 'zoomOut', 'panLeft', 'zoomFit', 'panDown']) expect(await run.runAction(registry.actionByName(name)!)).toBe(true);
    const viewport = view.useView.getState().viewports[view.openSession()]!;
    expect(viewport.y).not.toBe(0);
    expect(store.useZuoci.getState().project).toBe(project);
    expect(store.useZuoci.getState().history.past).toHaveLength(0);
  });

  it('arrow keys pan only while no seat is selected', () => {
    const pan = registry.actionByName('panLeft')!;
    expect(pan.predicate!()).toBe(true);
    store.useZuoci.getState().selectSeats(['rostrum-1:1-1']);
    expect(pan.predicate!()).toBe(false);
    store.useZuoci.getState().selectSeats([]);
  });
});
