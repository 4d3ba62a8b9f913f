// Protocol 9: 合影站位, 会见, 签字仪式, 分组讨论 conveners and 乘车 — through the same engine and
// explanations, and their printed 站位图 and 乘车安排表.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { carPlan, vehiclePlaces } from '../../shared/arrange/cars';
import { receptionPlan, signingPlan } from '../../shared/arrange/ceremony';
import { explainPlacement } from '../../shared/arrange/explain';
import { groupPlan } from '../../shared/arrange/group-session';
import { PHOTO_ELEMENT_ID, photoRoomTemplate, photoRowsFor, photoVenue } from '../../shared/arrange/photo';
import { seatedPlacements } from '../../shared/arrange/placements';
import { rostrumPattern } from '../../shared/arrange/rostrum-pattern';
import { seatId } from '../../shared/layout/seats';
import { emptyProject } from '../../shared/model/sample';
import type { Person, Project } from '../../shared/model/schema';
import { DEFAULT_ORDERING } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { importRoster } from '../../electron/services/import/import-roster';
import { printList } from '../../electron/services/pdf/print-map';
import { pdfText, writeTempPdf } from './pdf-tools';

async function roster(file: string): Promise<Person[]> {
  return (await importRoster(readFileSync(`test/fixtures/${file}`), file)).people;
}

let plenary: Person[];
let banquet: Person[];
beforeAll(async () => {
  plenary = await roster('plenary-roster.xlsx');
  banquet = await roster('banquet-roster.xlsx');
});

describe('9.1 合影站位', () => {
  const photo = (rows: number[], people: Person[]): Project => ({ ...emptyProject(photoVenue(rows)), people });

  it('each row like a rostrum row, the highest ranks in the front row centre: 14 + 14 for the rostrum’s 28', () => {
    const { project } = arrangeZones(photo([14, 14], plenary));
    const rank = (row: number, col: number) => project.people.find((p) => p.id === project.assignment[seatId(PHOTO_ELEMENT_ID, row, col)])?.rank;
    expect(Array.from({ length: 14 }, (_, i) => rank(1, i + 1))).toEqual(rostrumPattern(14, { convention: 'left', evenRule: 'centre-pair' }));
    expect(Array.from({ length: 14 }, (_, i) => rank(2, i + 1))).toEqual(rostrumPattern(14, { convention: 'left', evenRule: 'centre-pair' }).map((n) => n + 14));
    const first = seatedPlacements(project).find((p) => p.person.rank === 1)!;
    expect(explainPlacement(project, first.seat, first.person)).toBe('排序第1，合影第1排（就座），1号位（居中）（左为上）');
  });

  it('rows for a count when none are given: wider rows behind, every person placed', () => {
    expect(photoRowsFor(28)).toEqual([13, 15]);
    expect(photoRowsFor(40).reduce((a, b) => a + b, 0)).toBe(40);
    expect(photoRowsFor(5)).toEqual([5]);
  });

  it('a 合影 room for a session of the rostrum’s 28 people seats exactly those 28', () => {
    const room = photoRoomTemplate(28);
    const { project } = arrangeZones({ ...emptyProject(room.venue), rules: room.rules, people: plenary });
    const seated = project.people.filter((p) => Object.values(project.assignment).includes(p.id));
    expect(seated.map((p) => p.rank).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
  });

  it('the printed 站位图 names every person, row by row from left to right', async () => {
    const { project } = arrangeZones(photo([5, 7], plenary));
    const text = pdfText(writeTempPdf((await printList(project, 'photo')).pdf)).replace(/\s/g, '');
    expect(text).toContain('合影站位图');
    const byRank = (r: number) => plenary.find((p) => p.rank === r)!.name;
    // Front row read left to right: ranks 5 3 1 2 4.
    expect(text).toContain(`第一排（就座）从左至右：${[5, 3, 1, 2, 4].map(byRank).join('、')}`);
    expect(text).toContain(`第二排（站立）从左至右：${[12, 10, 8, 6, 7, 9, 11].map(byRank).join('、')}`);
  });
});

describe('9.2 会见 and 9.3 签字仪式', () => {
  it('会见: host and chief guest side by side, the guest on the host’s right; the rest along the walls by rank', () => {
    const plan = receptionPlan(banquet, DEFAULT_ORDERING);
    expect(plan[0]).toMatchObject({ side: 'guest', person: { name: '刘思光' } });
    expect(plan[0]!.place.zh).toContain('在主人右侧');
    const host = plan.find((p) => p.side === 'host')!;
    expect(host.person.name).toBe('龙建军');
    expect(plan.filter((p) => p.side === 'guest').slice(1, 3).map((p) => p.place.zh)).toEqual([
      '主宾一侧（主人右侧）沿墙第一位（离主位近者为先）', '主宾一侧（主人右侧）沿墙第二位（离主位近者为先）']);
    expect(plan).toHaveLength(40);
  });

  it('签字仪式: guest signatory on the right, host on the left; the rest behind their signatory, centre-out', () => {
    const plan = signingPlan(banquet, DEFAULT_ORDERING);
    const guests = plan.filter((p) => p.side === 'guest');
    expect(guests[0]!.place.zh).toBe('客方签字人：签字桌右侧（面向正门）');
    expect(guests.slice(1, 4).map((p) => p.place.en)).toEqual([
      'directly behind the guest signatory (standing, by rank from the centre outward)',
      'behind the guest signatory, 1st to the right (standing, by rank from the centre outward)',
      'behind the guest signatory, 1st to the left (standing, by rank from the centre outward)',
    ]);
    expect(plan.find((p) => p.side === 'host')!.place.zh).toBe('主方签字人：签字桌左侧（面向正门）');
  });
});

describe('9.4 分组讨论: the convener seated like a chair', () => {
  it('at a long table the group’s 召集人 takes the head whatever the ranks', async () => {
    const people = await roster('plenary-roster-sessions.csv');
    const template = ROOM_TEMPLATES['常务会议室']!();
    const session = groupPlan({ ...emptyProject(template.venue), rules: template.rules, people }, '第二组');
    expect(session.people.every((p) => p.group === '第二组' || p.substituteFor)).toBe(true);
    const { project } = arrangeZones(session);
    const head = seatedPlacements(project).find((p) => p.seat.table?.part === 'head')!;
    expect(head.person.name).toBe('方超');
    expect(explainPlacement(project, head.seat, head.person)).toContain('召集人（按主持人就座）');
  });

  it('in a plenary the conveners are ordinary members: the 主持人 is the chair', async () => {
    const people = await roster('plenary-roster-sessions.csv');
    const { project } = arrangeZones({ ...emptyProject(photoVenue([14, 14])), people, rules: { [PHOTO_ELEMENT_ID]: { chairSeat: 'front-centre' } } });
    const centre = project.people.find((p) => p.id === project.assignment[seatId(PHOTO_ELEMENT_ID, 1, 7)]);
    expect(centre!.name).toBe('毛军');
  });
});

describe('9.5 乘车', () => {
  it('cars numbered in order; with a driver the rear right first, then rear left, then the front passenger seat', () => {
    expect(vehiclePlaces(3).map((p) => p.zh)).toEqual(['后排右座', '后排左座', '副驾驶座']);
    expect(vehiclePlaces(6).map((p) => p.zh)).toEqual(['第二排右座', '第二排左座', '第二排中座', '第三排右座', '第三排左座', '副驾驶座']);
    const plan = carPlan(banquet, [{ name: '1号车', passengers: 3 }, { name: '2号车', passengers: 3 }], DEFAULT_ORDERING);
    expect(plan.seats.map((s) => `${s.vehicle.name}${s.place.zh}:${s.person.rank}`)).toEqual([
      '1号车后排右座:1', '1号车后排左座:2', '1号车副驾驶座:3', '2号车后排右座:4', '2号车后排左座:5', '2号车副驾驶座:6']);
    expect(plan.unplaced).toHaveLength(34);
  });

  it('the printed 乘车安排表 lists every passenger', async () => {
    const project = { ...emptyProject(photoVenue([1])), people: banquet };
    const text = pdfText(writeTempPdf((await printList(project, 'cars')).pdf)).replace(/\s/g, '');
    expect(text).toContain('乘车安排表');
    for (const person of banquet) expect(text).toContain(person.name);
    expect(text).toContain('1号车后排右座刘思光');
  });
});
