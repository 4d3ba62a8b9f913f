// Words of the few dialogs main shows itself, in the system's language (main does not know the
// page's language setting; a Chinese system gets Chinese, any other English).
import { app } from 'electron';

export type Words = { zh: string; en: string };

function chinese(): boolean {
  try {
    return app.getLocale().toLowerCase().startsWith('zh');
  } catch {
    return true; // before `ready` or in a stand-in: the app's first language
  }
}

export function say(words: Words): string {
  return chinese() ? words.zh : words.en;
}

export const DIALOG = {
  unsavedClose: { zh: '不保存，关闭', en: 'Close without saving' },
  cancel: { zh: '取消', en: 'Cancel' },
  unsavedMessage: { zh: '当前座次有未保存的修改。', en: 'The seating plan has unsaved changes.' },
  unsavedDetail: { zh: '关闭后这些修改将丢失。', en: 'They will be lost if you close.' },
  reopen: { zh: '重新打开', en: 'Reopen' },
  quit: { zh: '退出', en: 'Quit' },
  crashedMessage: { zh: '座次窗口意外关闭。', en: 'The Zuoci window closed unexpectedly.' },
  crashedDetail: { zh: '自动保存的内容可在重新打开后恢复。', en: 'Autosaved work can be restored after reopening.' },
  overwrite: { zh: '覆盖', en: 'Overwrite' },
  saveAs: { zh: '另存为…', en: 'Save As…' },
  changedMessage: { zh: '这个文件在打开之后已被其他程序或其他人修改。', en: 'This file was changed by another program or person after you opened it.' },
  changedDetail: { zh: '覆盖将丢失对方的修改；另存为可保留两份。', en: 'Overwriting loses their changes; Save As keeps both.' },
  documentFilter: { zh: '座次文件', en: 'Seating plans' },
  fontFilter: { zh: '字体', en: 'Fonts' },
  floorPlanFilter: { zh: '平面图（图片或 PDF）', en: 'Floor plans (pictures or PDF)' },
} satisfies Record<string, Words>;
