// The desktop menu speaks the system's language, as main's own dialogs do: main does not know the
// page's language setting, and the menu is built before the page has loaded.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';

const system = vi.hoisted(() => ({ locale: 'en-US' }));
vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown) => template }, app: { getLocale: () => system.locale } }));

const labels = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? labels(item.submenu) : [])]).filter(Boolean);

describe('the desktop menu’s language', () => {
  it('an English system gets an English menu, with no Chinese left', () => {
    system.locale = 'en-US';
    const menu = labels(menuTemplate(() => undefined, false));
    expect(menu).toEqual(expect.arrayContaining(['File', 'Room', 'Align left', 'Import floor plan…', 'Sign-in desk', 'Print card change checklist']));
    expect(menu.filter((label) => /[\u4e00-\u9fff]/.test(label))).toEqual([]);
  });

  it('a Chinese system gets the Chinese menu', () => {
    system.locale = 'zh-CN';
    const menu = labels(menuTemplate(() => undefined, false));
    expect(menu).toEqual(expect.arrayContaining(['文件', '会场', '左对齐', '导入底图…', '签到', '打印座签变动清单']));
  });
});
