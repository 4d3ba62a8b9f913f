// Strings of the canvas layout mode (布置): moving, turning, resizing, aligning and copying room
// elements on the canvas, in both languages.
import { count } from './print-messages';

export const layoutZhCN = {
  mode: '布置',
  modeHint: '布置模式：拖动移动元素，拖动控制点旋转或改变大小，方向键微调（Shift 大步）',
  bar: '布置工具',
  alignLeft: '左对齐',
  alignCentre: '水平居中对齐',
  alignRight: '右对齐',
  alignTop: '顶端对齐',
  alignMiddle: '垂直居中对齐',
  alignBottom: '底端对齐',
  distributeHorizontal: '水平等距分布',
  distributeVertical: '垂直等距分布',
  duplicate: '再制',
  copy: '复制元素',
  paste: '粘贴元素',
  delete: '删除元素',
  selectAll: '全选元素',
  snap: '吸附网格和元素',
  nudge: '微调位置',
  nudgeFar: '大步移动',
  copied: (n: number) => `已复制 ${n} 个元素`,
  pasted: (n: number) => `已粘贴 ${n} 个元素`,
  deleteConfirm: (n: number, seated: number) => `删除选中的 ${n} 个元素？其中 ${seated} 人将取消安排（可用 Ctrl+Z 撤销）。`,
};

export type LayoutMessages = typeof layoutZhCN;

export const layoutEn: LayoutMessages = {
  mode: 'Layout',
  modeHint: 'Layout mode: drag to move elements, drag the handles to turn or resize, arrow keys nudge (Shift: further)',
  bar: 'Layout tools',
  alignLeft: 'Align left',
  alignCentre: 'Align centres horizontally',
  alignRight: 'Align right',
  alignTop: 'Align top',
  alignMiddle: 'Align middles vertically',
  alignBottom: 'Align bottom',
  distributeHorizontal: 'Distribute horizontally',
  distributeVertical: 'Distribute vertically',
  duplicate: 'Duplicate',
  copy: 'Copy elements',
  paste: 'Paste elements',
  delete: 'Delete elements',
  selectAll: 'Select all elements',
  snap: 'Snap to grid and elements',
  nudge: 'Nudge',
  nudgeFar: 'Move a big step',
  copied: (n) => `${count(n, 'element')} copied`,
  pasted: (n) => `${count(n, 'element')} pasted`,
  deleteConfirm: (n, seated) => `Delete the ${count(n, 'selected element')}? ${count(seated, 'person', 'people')} will be unassigned (Ctrl+Z undoes it).`,
};
