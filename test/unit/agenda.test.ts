// 议题 by the agenda (protocol 4.1): items added, reordered and removed with people's own 议题
// numbers following; 汇报人/列席 tied to items; who is in the room for an item; and, when the
// table's rule says so, reporters and 列席 of items that do not overlap using one seat in turn.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agendaTurns } from '../../shared/arrange/agenda-turns';
import { arrangeZones } from '../../shared/arrange/arrange';
import { deriveSeats } from '../../shared/layout/seats';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, renameAgendaItem, setAgendaPerson } from '../../shared/model/agenda-edits';
import { attendsItem, itemRoom } from '../../shared/model/agenda-view';
import { setZoneRules } from '../../shared/model/edits';
import { makePerson } from '../../shared/model/person';
import { planOf, withPlan } from '../../shared/model/plan';
import { emptyProject, sampleMeeting } from '../../shared/model/sample';
import { replaceMeetingRoster } from '../../shared/model/session-edits';
import type { Person, Project } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { importRoster } from '../../electron/services/import/import-roster';

const person = (id: string, fields: Partial<Person> = {}) => makePerson({ id, name: id, category: '出席', ...fields });

function meetingWith(people: Person[]) {
  let meeting = replaceMeetingRoster(sampleMeeting(), people);
  meeting = addAgendaItem(meeting, '预算').meeting;
  meeting = addAgendaItem(meeting, '规划').meeting;
  meeting = addAgendaItem(meeting, '人事').meeting;
  return meeting;
}

describe('agenda edits', () => {
  it('ties people to items and keeps their 议题 numbers through reorder and removal', () => {
    let meeting = meetingWith([person('成员'), person('汇报甲', { category: '列席' }), person('列席乙', { category: '列席' })]);
    const [one, two, three] = meeting.agenda.map((i) => i.id);
    const id = (name: string) => meeting.people.find((p) => p.name === name)!.id;
    meeting = setAgendaPerson(meeting, one!, id('汇报甲'), 'reporter', true);
    meeting = setAgendaPerson(meeting, three!, id('列席乙'), 'attendee', true);
    const of = (name: string) => meeting.people.find((p) => p.name === name)!;
    expect(of('汇报甲')).toMatchObject({ role: '汇报人', agendaItems: [1] });
    expect(of('列席乙').agendaItems).toEqual([3]);
    meeting = moveAgendaItem(meeting, three!, 0); // 人事 first
    expect(meeting.agenda.map((i) => [i.title, i.number])).toEqual([['人事', 1], ['预算', 2], ['规划', 3]]);
    expect(of('列席乙').agendaItems).toEqual([1]);
    expect(of('汇报甲').agendaItems).toEqual([2]);
    meeting = removeAgendaItem(meeting, three!);
    expect(meeting.agenda.map((i) => [i.title, i.number])).toEqual([['预算', 1], ['规划', 2]]);
    expect(of('列席乙').agendaItems).toBeUndefined();
    expect(of('汇报甲').agendaItems).toEqual([1]);
    meeting = renameAgendaItem(meeting, two!, '  城市规划 ');
    expect(meeting.agenda[1]!.title).toBe('城市规划');
    meeting = setAgendaPerson(meeting, one!, id('汇报甲'), 'reporter', false);
    expect(of('汇报甲').agendaItems).toBeUndefined();
    expect(meeting.agenda[0]!.reporterIds).toEqual([]);
  });

  it('who is in the room for an item: members always, people tied to items only for theirs', () => {
    let meeting = meetingWith([person('成员'), person('列席乙', { category: '列席' }), person('备注丙', { category: '列席', note: '议题2' })]);
    const [one, two] = meeting.agenda;
    const id = (name: string) => meeting.people.find((p) => p.name === name)!.id;
    meeting = setAgendaPerson(meeting, one!.id, id('列席乙'), 'attendee', true);
    const plan = planOf(meeting, meeting.sessions[0]!.id);
    const of = (name: string) => plan.people.find((p) => p.name === name)!;
    const item = (n: number) => meeting.agenda[n - 1]!;
    expect([1, 2, 3].map((n) => attendsItem(meeting, of('成员'), item(n)))).toEqual([true, true, true]);
    expect([1, 2, 3].map((n) => attendsItem(meeting, of('列席乙'), item(n)))).toEqual([true, false, false]);
    expect([1, 2, 3].map((n) => attendsItem(meeting, of('备注丙'), item(n)))).toEqual([false, true, false]);
    const hall = plan.venue.elements.find((e) => e.kind === 'hall')!.id;
    const seated = { ...plan, assignment: { [`${hall}:1-1`]: id('成员'), [`${hall}:1-2`]: id('列席乙') } };
    expect(itemRoom(meeting, seated, two!)).toEqual({ present: [`${hall}:1-1`], away: [`${hall}:1-2`], turns: [] });
    expect(withPlan(meeting, meeting.sessions[0]!.id, plan, plan)).toBe(meeting);
  });
});

describe('seats in turn by agenda item (4.1)', () => {
  it('people of items that do not overlap share; a reporter never shares with a 列席; first fit in agenda order', () => {
    const people = [
      person('r1', { role: '汇报人', category: '列席', agendaItems: [1] }),
      person('r2', { role: '汇报人', category: '列席', agendaItems: [2] }),
      person('a13', { category: '列席', agendaItems: [1, 3] }),
      person('a2', { category: '列席', agendaItems: [2] }),
      person('a3', { category: '列席', agendaItems: [3] }),
      person('all', { category: '列席' }),
      person('m'),
    ];
    expect(agendaTurns(people).map((turn) => turn.map((p) => p.id))).toEqual([['r1', 'r2'], ['a13', 'a2'], ['a3'], ['all'], ['m']]);
  });

  it('in the standing-committee room with the rule on, the 汇报席 passes from item to item and no one is left out', async () => {
    const people = (await importRoster(readFileSync('test/fixtures/standing-committee-roster.xlsx'), 'x.xlsx')).people;
    const template = ROOM_TEMPLATES['常务会议室']!();
    const project: Project = { ...emptyProject(template.venue), rules: template.rules, people };
    const off = arrangeZones(project);
    expect(off.project.sharedSeats).toBeUndefined();
    const on = arrangeZones(setZoneRules(project, 'table-1', { agendaTurns: true }));
    const shared = on.project.sharedSeats ?? {};
    const foot = deriveSeats(project.venue).find((s) => s.elementId === 'table-1' && s.table?.part === 'foot')!;
    const name = (id: string) => people.find((p) => p.id === id)!.name;
    const footTurns = [on.project.assignment[foot.id]!, ...(shared[foot.id] ?? [])].map(name);
    expect(footTurns[0]).toBe('唐远天');
    expect(footTurns.length).toBeGreaterThan(1);
    // Everyone seated before is seated or in a turn now, and fewer seats are used.
    const seatedOff = new Set(Object.values(off.project.assignment));
    const seatedOn = new Set([...Object.values(on.project.assignment), ...Object.values(shared).flat()]);
    expect([...seatedOff].filter((id) => !seatedOn.has(id))).toEqual([]);
    expect(Object.keys(on.project.assignment).length).toBeLessThan(Object.keys(off.project.assignment).length);
    expect(on.unplaced.length).toBeLessThanOrEqual(off.unplaced.length);
    // The view of item 2 shows its reporter in the 汇报席 and nobody's seat of item 1 as taken.
    let meeting = sampleMeeting();
    for (const title of ['一', '二', '三']) meeting = addAgendaItem(meeting, title).meeting;
    const room = itemRoom(meeting, on.project, meeting.agenda[1]!);
    expect(room.turns.find((t) => t.seatId === foot.id)?.personId).toBe(shared[foot.id]![0]);
    expect(name(shared[foot.id]![0]!)).toBe('姚敏磊');
    expect(room.present).toContain(foot.id);
  });
});

describe('cards for seats used in turn', () => {
  it('each later occupant gets a card naming their item; the seat remembers only its first card as printed', async () => {
    const { cardList } = await import('../../shared/print/card-list');
    const people = (await importRoster(readFileSync('test/fixtures/standing-committee-roster.xlsx'), 'x.xlsx')).people;
    const template = ROOM_TEMPLATES['常务会议室']!();
    const on = arrangeZones(setZoneRules({ ...emptyProject(template.venue), rules: template.rules, people }, 'table-1', { agendaTurns: true })).project;
    const cards = cardList(on, { zones: ['table'] });
    const foot = cards.filter((c) => c.seatId === 'table-1:1-18');
    expect(foot.map((c) => c.name)).toEqual(['唐远天', '姚敏磊', '黎萍杰']);
    expect(foot.map((c) => Boolean(c.turn))).toEqual([false, true, true]);
    expect(foot[1]!.code).toMatch(/（议题2）$/);
    expect(cardList(on, { zones: ['table'], changedOnly: true }).some((c) => c.turn)).toBe(false);
  });
});
