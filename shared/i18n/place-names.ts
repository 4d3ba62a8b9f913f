// The names the app itself gives to zones, tables and objects (主席台, 台下, 3号桌, 发言席…) are
// stored in the document in Chinese, because the printouts are Chinese. In English they are shown
// in English; a name the user typed is the user's and shown as typed.
import { chineseNumber } from '../arrange/numbers';
import { shownRow, type Seat } from '../layout/seats';
import { TEMPLATE_TITLES } from '../model/templates';
import { both, inLanguage, type Bilingual, type Language } from './text';

const BUILT_IN: Record<string, Bilingual> = {
  主席台: both('主席台', 'Rostrum'),
  台下: both('台下', 'Hall'),
  会场: both('会场', 'Venue'),
  示例会场: both('示例会场', 'Sample venue'),
  会议桌: both('会议桌', 'Meeting table'),
  U形桌: both('U形桌', 'U-shaped table'),
  主桌: both('主桌', 'Main table'),
  '列席（北墙）': both('列席（北墙）', 'Observers (north wall)'),
  '列席（南墙）': both('列席（南墙）', 'Observers (south wall)'),
  发言席: both('发言席', 'Lectern'),
  讲台: both('讲台', 'Lectern'),
  投影屏幕: both('投影屏幕', 'Screen'),
  门: both('门', 'Door'),
  正门: both('正门', 'Main door'),
  // The room designer's palette (shared/model/palette.ts).
  主持台: both('主持台', 'Chair’s desk'),
  窗: both('窗', 'Window'),
  柱: both('柱', 'Pillar'),
  台口: both('台口', 'Stage edge'),
  会标: both('会标', 'Banner'),
  文字: both('文字', 'Text'),
  墙: both('墙', 'Wall'),
  会场轮廓: both('会场轮廓', 'Room outline'),
  合影: both('合影', 'Group photo'),
  椭圆桌: both('椭圆桌', 'Oval table'),
  会见厅: both('会见厅', 'Reception room'),
  圆桌: both('圆桌', 'Round table'),
  长桌: both('长桌', 'Long table'),
  回字形桌: both('回字形桌', 'Hollow-square table'),
};

/** A built-in name in both languages, or null for a name the user chose. */
export function builtInName(name: string): Bilingual | null {
  // Own keys only: a zone the user named 'constructor' is not Object.prototype's.
  const known = Object.hasOwn(BUILT_IN, name) ? BUILT_IN[name] : Object.hasOwn(TEMPLATE_TITLES, name) ? TEMPLATE_TITLES[name] : undefined;
  if (known) return known;
  // A second one added to the room (shared/model/unique-name.ts): 台下 2 is Hall 2.
  const numbered = /^(.*\S) (\d+)$/.exec(name);
  const base = numbered && Object.hasOwn(BUILT_IN, numbered[1]!) ? BUILT_IN[numbered[1]!] : undefined;
  if (base) return both(`${base.zh} ${numbered![2]}`, `${base.en} ${numbered![2]}`);
  const table = /^(\d+)号桌$/.exec(name);
  return table ? both(name, `Table ${table[1]}`) : null;
}

/** A zone, table or object name as the user should read it in `language`. */
export const placeName = (name: string, language: Language): string => {
  const known = builtInName(name);
  return known ? inLanguage(known, language) : name;
};

/** 台下 3排 10座 / Hall row 3 seat 10; a table seat has no row. */
export function seatCode(seat: Pick<Seat, 'zone' | 'zoneName' | 'row' | 'rowNumber' | 'label'>, language: Language): string {
  const zone = placeName(seat.zoneName, language);
  if (language === 'en') return seat.zone === 'table' ? `${zone} seat ${seat.label}` : `${zone} row ${shownRow(seat)} seat ${seat.label}`;
  return seat.zone === 'table' ? `${zone} ${seat.label}座` : `${zone} ${shownRow(seat)}排 ${seat.label}座`;
}

/** The label of a hall row: 第3排 (or 第三排) on Chinese pages, "Row 3" in English. */
export function rowLabel(row: number, language: Language, style: 'arabic' | 'chinese' = 'arabic'): string {
  if (language === 'en') return `Row ${row}`;
  return `第${style === 'chinese' ? chineseNumber(row) : row}排`;
}
