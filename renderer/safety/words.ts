// The few sentences of the safety components, in both UI languages. Kept here rather than in
// i18n/ so these components stay one self-contained folder the lead can mount or move.
import { useZuoci } from '../store/store';

const ZH = {
  recoveryFound: (fileName: string, when: string) => `上次未正常退出，找到“${fileName}”自动保存的内容（${when}）。`,
  restore: '恢复',
  discard: '丢弃',
  restored: (fileName: string) => `已恢复“${fileName}”自动保存的内容，请核对后保存。`,
  autosaveFailed: (message: string) => `自动保存失败：${message}`,
  dropHere: '松开鼠标即打开这个座次文件',
  dropOnlyZuoci: '只能拖入 .zuoci 座次文件；名单请用“导入名单”。',
  dropTooLarge: '文件太大，不是座次文件。',
  unsavedReplaceConfirm: '当前座次有未保存的修改。打开另一个文件将丢弃这些修改，是否继续？',
  opened: (fileName: string) => `已打开“${fileName}”。`,
  cannotOpen: (fileName: string, message: string) => `无法打开“${fileName}”：${message}`,
  crashed: '界面出错了。已自动保存的内容不会丢失。',
  crashedDetail: '错误信息：',
  reloadView: '重新显示界面',
  failed: (message: string) => `操作失败：${message}`,
};

const EN: typeof ZH = {
  recoveryFound: (fileName, when) => `Zuoci did not close normally last time. An autosaved copy of "${fileName}" (${when}) was found.`,
  restore: 'Restore',
  discard: 'Discard',
  restored: (fileName) => `Restored the autosaved copy of "${fileName}". Check it, then save.`,
  autosaveFailed: (message) => `Autosave failed: ${message}`,
  dropHere: 'Drop to open this seating plan',
  dropOnlyZuoci: 'Only .zuoci seating plans can be dropped here; use "Import roster" for rosters.',
  dropTooLarge: 'The file is too large to be a seating plan.',
  unsavedReplaceConfirm: 'The current plan has unsaved changes. Opening another file discards them. Continue?',
  opened: (fileName) => `Opened "${fileName}".`,
  cannotOpen: (fileName, message) => `Cannot open "${fileName}": ${message}`,
  crashed: 'Something went wrong in the window. Autosaved work is not lost.',
  crashedDetail: 'Error: ',
  reloadView: 'Show the window again',
  failed: (message) => `The action failed: ${message}`,
};

export type SafetyWords = typeof ZH;

export function safetyWords(): SafetyWords {
  return useZuoci.getState().language === 'en' ? EN : ZH;
}

export function useSafetyWords(): SafetyWords {
  return useZuoci((state) => state.language) === 'en' ? EN : ZH;
}
