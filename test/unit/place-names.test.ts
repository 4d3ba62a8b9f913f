// Names the app gives to zones, tables and objects read in English in the English UI; names a user
// typed stay as typed.
import { describe, expect, it } from 'vitest';
import { builtInName, placeName, rowLabel, seatCode } from '../../shared/i18n/place-names';
import { sampleProject } from '../../shared/model/sample';
import { ROOM_TEMPLATES, TEMPLATE_TITLES } from '../../shared/model/templates';

const HAN = /\p{Script=Han}/u;

describe('built-in names in English', () => {
  const venues = [sampleProject().venue, ...Object.values(ROOM_TEMPLATES).map((template) => template().venue)];
  const names = venues.flatMap((venue) => [venue.name, ...venue.elements.map((e) => (e.kind === 'object' ? e.label : e.name))]);

  it.each([...new Set(names)])('%s has an English name without Chinese characters', (name) => {
    expect(builtInName(name)?.en).toMatch(/^[^\p{Script=Han}]+$/u);
  });

  it('every room template has an English title', () => {
    for (const name of Object.keys(ROOM_TEMPLATES)) expect(TEMPLATE_TITLES[name]?.en).toMatch(/^[^\p{Script=Han}]+$/u);
  });

  it('numbered banquet tables keep their number', () => {
    expect(placeName('12号桌', 'en')).toBe('Table 12');
    expect(placeName('12号桌', 'zh-CN')).toBe('12号桌');
  });

  it('a name the user typed is shown as typed in both languages', () => {
    expect(placeName('东侧贵宾区', 'en')).toBe('东侧贵宾区');
    expect(HAN.test(placeName('主席台', 'en'))).toBe(false);
  });
});

describe('seat codes and row labels', () => {
  const hallSeat = { zone: 'hall' as const, zoneName: '台下', row: 3, label: '10' };
  const tableSeat = { zone: 'table' as const, zoneName: '主桌', row: 1, label: '2' };

  it('read as 台下 3排 10座 in Chinese and "Hall row 3 seat 10" in English', () => {
    expect(seatCode(hallSeat, 'zh-CN')).toBe('台下 3排 10座');
    expect(seatCode(hallSeat, 'en')).toBe('Hall row 3 seat 10');
    expect(seatCode(tableSeat, 'zh-CN')).toBe('主桌 2座');
    expect(seatCode(tableSeat, 'en')).toBe('Main table seat 2');
  });

  it('label rows in either numeral style in Chinese, and as "Row n" in English', () => {
    expect(rowLabel(12, 'zh-CN')).toBe('第12排');
    expect(rowLabel(12, 'zh-CN', 'chinese')).toBe('第十二排');
    expect(rowLabel(12, 'en', 'chinese')).toBe('Row 12');
  });
});
