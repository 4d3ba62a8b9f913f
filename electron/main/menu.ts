// The application menu (文件 编辑 视图 会场 排座 打印 帮助). Each app item names a renderer Action: main
// sends the name over one channel and the page runs that Action, as the toolbar and the keyboard
// do. Shortcuts are shown but not registered here (registerAccelerator: false): the page decides,
// so Ctrl+Z typed into a text field undoes the typing instead of the seating.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { say } from './dialog-text';

/** An app command: the renderer Action's name, its Chinese label (as in zh-CN.ts; English in MENU_ENGLISH) and shortcut. */
export interface MenuAction {
  action: string;
  label: string;
  accelerator?: string;
}

/** A submenu of app commands (对齐 in 会场): a long row of siblings reads better folded away. */
export interface MenuGroup {
  group: string;
  items: (MenuAction | 'separator')[];
}

/** `dev`: only in an unpackaged build — no developer tools in an installed app (the window has them disabled too). */
type Entry = MenuAction | MenuGroup | 'separator' | (MenuItemConstructorOptions & { dev?: boolean });

export const MENU: { label: string; items: Entry[] }[] = [
  { label: '文件', items: [
    { action: 'open', label: '打开', accelerator: 'CmdOrCtrl+O' }, { action: 'save', label: '保存', accelerator: 'CmdOrCtrl+S' },
    'separator', { action: 'importRoster', label: '导入名单' }, { action: 'pasteRoster', label: '粘贴名单' }, 'separator', { role: 'quit', label: '退出' },
  ] },
  { label: '编辑', items: [
    { action: 'undo', label: '撤销', accelerator: 'CmdOrCtrl+Z' }, { action: 'redo', label: '重做', accelerator: 'CmdOrCtrl+Y' }, 'separator',
    { role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }, 'separator',
    { action: 'selectAll', label: '全选座位', accelerator: 'CmdOrCtrl+A' }, { action: 'selectNone', label: '取消选择', accelerator: 'Esc' },
    { action: 'find', label: '查找', accelerator: 'CmdOrCtrl+F' }, 'separator', { action: 'addRosterPerson', label: '添加人员' },
  ] },
  { label: '视图', items: [
    { action: 'zoomIn', label: '放大', accelerator: 'CmdOrCtrl+=' }, { action: 'zoomOut', label: '缩小', accelerator: 'CmdOrCtrl+-' },
    { action: 'zoomFit', label: '适合窗口', accelerator: 'CmdOrCtrl+0' }, 'separator', { action: 'signInDesk', label: '签到' }, 'separator',
    { role: 'togglefullscreen', label: '全屏' }, { role: 'reload', label: '重新载入', dev: true }, { role: 'toggleDevTools', label: '开发者工具', dev: true },
  ] },
  // The room itself: layout mode (布置) and its element commands, which act while it is on; the
  // traced floor plan; room templates. Element shortcuts are the page's, shown here to be learnt.
  { label: '会场', items: [
    { action: 'layoutMode', label: '布置', accelerator: 'L' }, { action: 'toggleSnap', label: '吸附网格和元素' }, 'separator',
    { action: 'copyElements', label: '复制元素' }, { action: 'pasteElements', label: '粘贴元素' },
    { action: 'duplicateElements', label: '再制', accelerator: 'CmdOrCtrl+D' }, { action: 'deleteElements', label: '删除元素' },
    { action: 'selectAllElements', label: '全选元素' },
    { group: '对齐与分布', items: [
      { action: 'alignLeft', label: '左对齐' }, { action: 'alignCentre', label: '水平居中对齐' }, { action: 'alignRight', label: '右对齐' }, 'separator',
      { action: 'alignTop', label: '顶端对齐' }, { action: 'alignMiddle', label: '垂直居中对齐' }, { action: 'alignBottom', label: '底端对齐' }, 'separator',
      { action: 'distributeHorizontal', label: '水平等距分布' }, { action: 'distributeVertical', label: '垂直等距分布' },
    ] }, 'separator',
    { action: 'importFloorPlan', label: '导入底图…' }, { action: 'setFloorPlanScale', label: '设置比例…' }, { action: 'removeFloorPlan', label: '移除底图' }, 'separator',
    { action: 'saveRoomAsTemplate', label: '存为模板…' }, { action: 'exportTemplate', label: '导出模板…' }, { action: 'importTemplate', label: '导入模板…' },
  ] },
  { label: '排座', items: [
    { action: 'arrangeRostrum', label: '自动排主席台' }, { action: 'arrangeAll', label: '全部自动排座' }, { action: 'showSeatingGaps', label: '标出空座和未排人员' }, 'separator',
    { action: 'lockSeats', label: '锁定' }, { action: 'unlockSeats', label: '解锁' }, { action: 'clearSeats', label: '清空座位', accelerator: 'Delete' },
  ] },
  { label: '打印', items: [{ action: 'print', label: '打印…', accelerator: 'CmdOrCtrl+P' }, { action: 'exportCards', label: '导出座签' }, { action: 'printSessionsCards', label: '打印同类各场座签' }, { action: 'exportExcel', label: '导出 Excel' }, { action: 'printCardChecklist', label: '打印座签变动清单' }] },
  { label: '帮助', items: [{ role: 'about', label: '关于座次' }] },
];

/**
 * The menu in English, by its Chinese label: the Actions' English labels (en.ts; a unit test
 * compares them) and the menus' and roles' own. Main does not know the page's language setting,
 * so the menu follows the system's, as main's dialogs do (dialog-text.ts).
 */
export const MENU_ENGLISH: Record<string, string> = {
  '文件': 'File',
  '退出': 'Quit',
  '编辑': 'Edit',
  '剪切': 'Cut',
  '复制': 'Copy',
  '粘贴': 'Paste',
  '视图': 'View',
  '全屏': 'Full screen',
  '重新载入': 'Reload',
  '开发者工具': 'Developer tools',
  '会场': 'Room',
  '对齐与分布': 'Align and distribute',
  '排座': 'Seating',
  '打印': 'Print',
  '帮助': 'Help',
  '关于座次': 'About Zuoci',
  '打开': 'Open',
  '保存': 'Save',
  '导入名单': 'Import roster',
  '粘贴名单': 'Paste roster',
  '撤销': 'Undo',
  '重做': 'Redo',
  '全选座位': 'Select all seats',
  '取消选择': 'Select none',
  '查找': 'Find',
  '添加人员': 'Add person',
  '放大': 'Zoom in',
  '缩小': 'Zoom out',
  '适合窗口': 'Fit to window',
  '签到': 'Sign-in desk',
  '布置': 'Layout',
  '吸附网格和元素': 'Snap to grid and elements',
  '复制元素': 'Copy elements',
  '粘贴元素': 'Paste elements',
  '再制': 'Duplicate',
  '删除元素': 'Delete elements',
  '全选元素': 'Select all elements',
  '左对齐': 'Align left',
  '水平居中对齐': 'Align centres horizontally',
  '右对齐': 'Align right',
  '顶端对齐': 'Align top',
  '垂直居中对齐': 'Align middles vertically',
  '底端对齐': 'Align bottom',
  '水平等距分布': 'Distribute horizontally',
  '垂直等距分布': 'Distribute vertically',
  '导入底图…': 'Import floor plan…',
  '设置比例…': 'Set scale…',
  '移除底图': 'Remove floor plan',
  '存为模板…': 'Save as template…',
  '导出模板…': 'Export template…',
  '导入模板…': 'Import template…',
  '自动排主席台': 'Arrange rostrum',
  '全部自动排座': 'Arrange all',
  '标出空座和未排人员': 'Show empty seats and unseated people',
  '锁定': 'Lock',
  '解锁': 'Unlock',
  '清空座位': 'Clear seat',
  '打印…': 'Print…',
  '导出座签': 'Export cards',
  '打印同类各场座签': 'Print cards for every session of this kind',
  '导出 Excel': 'Export Excel',
  '打印座签变动清单': 'Print card change checklist',
};

const isAction = (entry: Entry): entry is MenuAction => typeof entry === 'object' && 'action' in entry;
const isGroup = (entry: Entry): entry is MenuGroup => typeof entry === 'object' && 'group' in entry;

/** Every app command of the menu, submenus unfolded. */
export const menuActions = (): MenuAction[] =>
  MENU.flatMap((menu) => menu.items).flatMap((entry) => (isGroup(entry) ? entry.items : [entry])).filter(isAction);

export function menuTemplate(send: (actionName: string) => void, packaged = true): MenuItemConstructorOptions[] {
  const words = (zh: string) => say({ zh, en: MENU_ENGLISH[zh] ?? zh });
  const shown = (entry: Entry) => packaged ? !(typeof entry === 'object' && 'dev' in entry && entry.dev) : true;
  const item = (entry: Entry): MenuItemConstructorOptions => {
    if (entry === 'separator') return { type: 'separator' };
    if (isGroup(entry)) return { label: words(entry.group), submenu: entry.items.map(item) };
    if (!isAction(entry)) {
      const { dev: _dev, ...role } = entry;
      return { ...role, ...(role.label ? { label: words(role.label) } : {}) };
    }
    return { label: words(entry.label), accelerator: entry.accelerator, registerAccelerator: false, click: () => send(entry.action) };
  };
  return [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    ...MENU.map((menu) => ({ label: words(menu.label), submenu: menu.items.filter(shown).map(item) })),
  ];
}

export function buildMenu(send: (actionName: string) => void, packaged: boolean): Menu {
  return Menu.buildFromTemplate(menuTemplate(send, packaged));
}
