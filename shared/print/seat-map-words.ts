// The seat map's own words in the language chosen for print (a map for foreign guests reads in
// English). People's names, units and the meeting's title are printed as they are.
import type { Language } from '../i18n/text';

export interface SeatMapWords {
  title: (meeting: string, subtitle: string) => string;
  date: (date: string) => string;
  place: (place: string) => string;
  separator: string;
  rostrumView: string;
  hallView: string;
  approval: (by: string, at: string) => string;
  draft: string;
  seePage: (page: number) => string;
  sheet: (hall: string, fromRow: number, toRow: number, fromCol: number, toCol: number) => string;
  keyPlan: string;
  emptySeat: string;
  other: string;
}

const ZH: SeatMapWords = {
  title: (meeting, subtitle) => `${meeting || '会议'}座次图${subtitle}`,
  date: (date) => `时间：${date}`,
  place: (place) => `地点：${place}`,
  separator: '　　',
  rostrumView: '（主席台视角：面向台下）',
  hallView: '（台下视角：主席台在上）',
  approval: (by, at) => `审定人：${by}　　日期：${at}`,
  draft: '送审稿',
  seePage: (page) => `见第${page}页`,
  sheet: (hall, fromRow, toRow, fromCol, toCol) => `（${hall} 第${fromRow}–${toRow}排，第${fromCol}–${toCol}列）`,
  keyPlan: '（总图）',
  emptySeat: '空座',
  other: '其他',
};

const EN: SeatMapWords = {
  title: (meeting, subtitle) => `${meeting || 'Meeting'} — seat map${subtitle}`,
  date: (date) => `Date: ${date}`,
  place: (place) => `Place: ${place}`,
  separator: '    ',
  rostrumView: '(as seen from the rostrum, facing the hall)',
  hallView: '(as seen from the hall, the rostrum at the top)',
  approval: (by, at) => `Approved by: ${by}    Date: ${at}`,
  draft: 'DRAFT',
  seePage: (page) => `see page ${page}`,
  sheet: (hall, fromRow, toRow, fromCol, toCol) => ` (${hall}, rows ${fromRow}–${toRow}, seats ${fromCol}–${toCol})`,
  keyPlan: ' (key plan)',
  emptySeat: 'empty',
  other: 'other',
};

export const seatMapWords = (language: Language = 'zh-CN'): SeatMapWords => (language === 'en' ? EN : ZH);

/** The legend's names of the usual categories in English; any other category prints as it is. */
export const CATEGORY_EN: Readonly<Record<string, string>> = Object.freeze(Object.assign(Object.create(null), {
  出席: 'Members', 列席: 'Attending', 媒体: 'Press', 工作人员: 'Staff', 主人: 'Hosts', 陪同: 'Host party', 主宾: 'Chief guests', 宾客: 'Guests',
}));
