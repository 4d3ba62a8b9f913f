// The application menu: standard roles only. The app's own commands (open, save, undo…) are
// Actions in the renderer with their keyboard shortcuts, so the menu does not duplicate them.
import { Menu, type MenuItemConstructorOptions } from 'electron';

/** `packaged`: no developer tools in an installed app (the window has them disabled too). */
export function buildMenu(packaged: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: '文件', submenu: [{ role: 'quit', label: '退出' }] },
    { label: '编辑', submenu: [{ role: 'cut', label: '剪切' }, { role: 'copy', label: '复制' }, { role: 'paste', label: '粘贴' }] },
    {
      label: '视图',
      submenu: [
        ...(packaged ? [] : [{ role: 'reload', label: '重新载入' } as const, { role: 'toggleDevTools', label: '开发者工具' } as const]),
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
