// How seats look on a printed map: category fills that still read in black and white (each has
// its own border pattern), and the legend that explains them (7.1).
import type { Person } from '../model/schema';

export interface SeatStyle {
  label: string;
  fill: string;
  dash?: [number, number];
  lineWidth: number;
}

export const CATEGORY_STYLES: Record<string, SeatStyle> = {
  出席: { label: '出席', fill: '#ffffff', lineWidth: 0.25 },
  列席: { label: '列席', fill: '#dbeafe', dash: [1.2, 0.6], lineWidth: 0.3 },
  媒体: { label: '媒体', fill: '#fef3c7', dash: [0.3, 0.5], lineWidth: 0.45 },
  工作人员: { label: '工作人员', fill: '#e5e7eb', lineWidth: 0.7 },
  主人: { label: '主人', fill: '#fee2e2', lineWidth: 0.6 },
  陪同: { label: '陪同', fill: '#fff1f2', dash: [1.2, 0.6], lineWidth: 0.3 },
  主宾: { label: '主宾', fill: '#dcfce7', lineWidth: 0.8 },
  宾客: { label: '宾客', fill: '#f0fdf4', dash: [0.3, 0.5], lineWidth: 0.45 },
};
const OTHER: SeatStyle = { label: '其他', fill: '#fce7f3', dash: [2, 0.6], lineWidth: 0.3 };

export function seatStyle(person: Person | undefined): SeatStyle {
  if (!person) return { label: '空座', fill: '#ffffff', lineWidth: 0.15 };
  // Own keys only: 类别 is user text ('constructor', 'toString').
  const category = person.category || '出席';
  return Object.hasOwn(CATEGORY_STYLES, category) ? CATEGORY_STYLES[category]! : OTHER;
}

/** Styles that appear on a map, in a stable order, for its legend. */
export function legendStyles(people: readonly Person[]): SeatStyle[] {
  const used = new Set(people.map((p) => seatStyle(p)));
  return [...Object.values(CATEGORY_STYLES), OTHER].filter((style) => used.has(style));
}

/** An empty seat reserved for a category (预留) is tinted like the people it waits for. */
export const reservedFill = (category: string): string => (Object.hasOwn(CATEGORY_STYLES, category) ? CATEGORY_STYLES[category]!.fill : OTHER.fill);
