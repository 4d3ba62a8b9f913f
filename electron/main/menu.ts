// The application menu (文件 编辑 视图 排座 打印 帮助). Each app item names a renderer Action: main
// sends the name over one channel and the page runs that Action, as the toolbar and the keyboard
// do. Shortcuts are shown but not registered here (registerAccelerator: false): the page decides,
// so Ctrl+Z typed into a text field undoes the typing instead of the seating.
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** An app command: the renderer Action's name, its Chinese label (as in zh-CN.ts) and shortcut. */
export interface MenuAction {
  action: string;
  label: string;
  accelerator?: string;
}

/** `dev`: only in an unpackaged build — no developer tools in an installed app (the window has them disabled too). */
type Entry = MenuAction | 'separator' | (MenuItemConstructorOptions & { dev?: boolean });

export const MENU: { label: string; items: Entry[] }[] = [
  { label: '文件', items: [
    { action: 'open', label: '打开', accelerator: 'CmdOrCtrl+O' }, { action: 'save', label: '保存', accelerator: 'CmdOrCtrl+S' },
    'separator', { action: 'importRoster', label: '导入名单' }, { action: 'pasteRoster', label: '粘贴名单' }, 'separator', { role: 'quit', label: '退出' },
  ] },
  { label: '编辑', items: [
    { action: 'undo', label: '撤销', accelerator: 'CmdOrCtrl+Z' }, { action: 'redo', label: '重做', accelerator: 'CmdOrCtrl+Y' }, 'separator',
    { role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }, 'separator',
    { action: 'selectAll', label: '全选座位', accelerator: 'CmdOrCtrl+A' }, { action: 'selectNone', label: '取消选择', accelerator: 'Esc' },
    { action: 'find', label: '查找', accelerator: 'CmdOrCtrl+F' },
  ] },
  { label: '视图', items: [
    { action: 'zoomIn', label: '放大', accelerator: 'CmdOrCtrl+=' }, { action: 'zoomOut', label: '缩小', accelerator: 'CmdOrCtrl+-' },
    { action: 'zoomFit', label: '适合窗口', accelerator: 'CmdOrCtrl+0' }, 'separator', { action: 'signInDesk', label: '签到' }, 'separator',
    { role: 'togglefullscreen', label: '全屏' }, { role: 'reload', label: '重新载入', dev: true }, { role: 'toggleDevTools', label: '开发者工具', dev: true },
  ] },
  { label: '排座', items: [
    { action: 'arrangeRostrum', label: '自动排主席台' }, { action: 'arrangeAll', label: '全部自动排座' }, 'separator',
    { action: 'lockSeats', label: '锁定' }, { action: 'unlockSeats', label: '解锁' }, { action: 'clearSeats', label: '清空座位', accelerator: 'Delete' },
  ] },
  { label: '打印', items: [{ action: 'print', label: '打印…', accelerator: 'CmdOrCtrl+P' }, { action: 'exportCards', label: '导出座签' }, { action: 'exportExcel', label: '导出 Excel' }, { action: 'printCardChecklist', label: '打印座签变动清单' }] },
  { label: '帮助', items: [{ role: 'about', label: '关于座次' }] },
];

const isAction = (entry: Entry): entry is MenuAction => typeof entry === 'object' && 'action' in entry;

export function menuTemplate(send: (actionName: string) => void, packaged = true): MenuItemConstructorOptions[] {
  const shown = (entry: Entry) => packaged ? !(typeof entry === 'object' && 'dev' in entry && entry.dev) : true;
  const item = (entry: Entry): MenuItemConstructorOptions => {
    if (entry === 'separator') return { type: 'separator' };
    if (!isAction(entry)) {
      const { dev: _dev, ...role } = entry;
      return role;
    }
    return { label: entry.label, accelerator: entry.accelerator, registerAccelerator: false, click: () => send(entry.action) };
  };
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    ...MENU.map((menu) => ({ label: menu.label, submenu: menu.items.filter(shown).map(item) })),
  ];
}

export function buildMenu(send: (actionName: string) => void, packaged: boolean): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, packaged));
}
