// Protocol 8.3: every placement explained in one Chinese sentence.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { chineseNumber, explainPlacement, explainPlacementIn } from '../../shared/arrange/explain';
import { seatedPlacements } from '../../shared/arrange/placements';
import { makePerson } from '../../shared/model/person';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';

const roster = Array.from({ length: 9 }, (_, i) => makePerson({ id: `p${i + 1}`, name: `人${i + 1}`, rank: i + 1, category: '出席', rosterIndex: i }));

function explained(rules = {}) {
  const base = { ...emptyProject(quickVenue({ rostrumRows: [5], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: roster };
  const project = { ...base, rules: { 'rostrum-1': rules, 'hall-1': rules } };
  const arranged = arrangeZones(project).project;
  return Object.fromEntries(seatedPlacements(arranged).map(({ seat, person }) => [person.name, explainPlacement(arranged, seat, person)]));
}

describe('explanations', () => {
  it('the handbook’s example: No.3 sits first on No.1’s right hand (左为上)', () => {
    const sentences = explained();
    expect(sentences['人3']).toBe('排序第3，主席台第1排，1号右手第一位（左为上）');
    expect(sentences['人1']).toBe('排序第1，主席台第1排，1号位（居中）（左为上）');
    expect(sentences['人2']).toBe('排序第2，主席台第1排，1号左手第一位（左为上）');
    expect(sentences['人5']).toBe('排序第5，主席台第1排，1号右手第二位（左为上）');
  });
  it('右为上 swaps the hands', () => {
    expect(explained({ convention: 'right' })['人2']).toBe('排序第2，主席台第1排，1号右手第一位（右为上）');
  });
  it('hall seats say the method, the row and the seat', () => {
    expect(explained()['人6']).toBe('出席，排序第6；横排法：台下第1排从左数第1座（台下看）');
    expect(explained({ direction: 'r-left' })['人6']).toBe('出席，排序第6；横排法：台下第1排从右数第1座（台下看）');
  });
  it('numbers in Chinese', () => expect([1, 10, 12, 20, 35].map(chineseNumber)).toEqual(['一', '十', '十二', '二十', '三十五']));
});

describe('explanations in English (the app’s second language)', () => {
  function english(rules = {}) {
    const base = { ...emptyProject(quickVenue({ rostrumRows: [5], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: roster };
    const arranged = arrangeZones({ ...base, rules: { 'rostrum-1': rules, 'hall-1': rules } }).project;
    return Object.fromEntries(seatedPlacements(arranged).map(({ seat, person }) => [person.name, explainPlacementIn(arranged, seat, person)]));
  }
  it('says the same in English, with no Chinese of its own making', () => {
    const said = english();
    expect(said['人3']!.en).toBe('rank 3, Rostrum row 1, 1st on No.1’s right (left is senior)');
    expect(said['人6']!.en).toBe('member, rank 6; rows: Hall row 1, seat 1 from the left (seen from the hall)');
    for (const text of Object.values(said)) expect(text.en).not.toMatch(/\p{Script=Han}/u);
  });
  it('the Chinese is the default: explainPlacement gives that sentence', () => expect(english()['人1']!.zh).toBe('排序第1，主席台第1排，1号位（居中）（左为上）'));
});

describe('user-named zones', () => {
  it('a zone the user named "constructor" is explained with its own name in both languages', () => {
    const venue = quickVenue({ rostrumRows: [3], hall: { rows: 1, seatsPerRow: 4, aisles: [] } });
    const renamed = { ...venue, elements: venue.elements.map((e) => (e.kind === 'hall' ? { ...e, name: 'constructor' } : e)) };
    const arranged = arrangeZones({ ...emptyProject(renamed), people: roster }).project;
    const inHall = seatedPlacements(arranged).find((p) => p.seat.zone === 'hall')!;
    expect(explainPlacementIn(arranged, inHall.seat, inHall.person).en).toContain('constructor row 1');
  });
});

describe('a seat set by hand', () => {
  it('a locked occupant is explained as placed by hand, without the rules’ seat pattern as a reason', () => {
    const base = { ...emptyProject(quickVenue({ rostrumRows: [5], hall: { rows: 1, seatsPerRow: 4, aisles: [] } })), people: roster };
    const arranged = arrangeZones(base).project;
    const [a, b] = seatedPlacements(arranged).filter(({ seat }) => seat.zone === 'rostrum');
    // Swap the two by hand and lock both, as a drop with 手动放置时锁定座位 does.
    const swapped = { ...arranged, assignment: { ...arranged.assignment, [a!.seat.id]: b!.person.id, [b!.seat.id]: a!.person.id }, locks: [a!.seat.id, b!.seat.id] };
    const text = explainPlacementIn(swapped, a!.seat, b!.person);
    expect(text.zh).toMatch(new RegExp(`^手动安排（已锁定），排序第${b!.person.rank}；主席台 1排 \\d+座$`));
    expect(text.en).toMatch(new RegExp(`^placed by hand \\(locked\\), rank ${b!.person.rank}; Rostrum row 1 seat \\d+$`));
    expect(text.zh).not.toContain('1号');
  });
});
