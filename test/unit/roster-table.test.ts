// The roster table's pure parts: rows with their status and seat in the open session, filtered
// (status, category, unit, unseated, this session), searched (name, pinyin initials, unit),
// sorted by a column (again = reversed), rows picked with Shift and Ctrl, the window of rows drawn.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { setAbsent } from '../../shared/model/edits';
import type { Meeting } from '../../shared/model/meeting-schema';
import { makePerson } from '../../shared/model/person';
import { findSession, planOf, withPlan } from '../../shared/model/plan';
import { sampleMeeting } from '../../shared/model/sample';
import { replaceMeetingRoster, setAttends } from '../../shared/model/session-edits';
import { drawingFor } from '../../renderer/canvas/room-cache';
import { buildRows, filterRows, matchesQuery, sortRows, type RosterRow } from '../../renderer/panels/roster/rows';
import { NO_FILTERS } from '../../renderer/panels/roster/roster-view';
import { inTableOrder, pickRow, rowWindow } from '../../renderer/panels/roster/selection';
import { rowsAsTsv } from '../../renderer/panels/roster/copy-rows';
import { rosterTableEn, rosterTableZhCN } from '../../renderer/i18n/roster10-messages';

const names = ['王建国', '李明', '张伟', '王　伟', '赵敏'];
function meeting(): Meeting {
  const people = names.map((name, i) => makePerson({ id: `in${i}`, name, unit: i % 2 ? '财政局' : '教育局', rank: i === 2 ? null : 10 - i, category: i < 3 ? '出席' : '列席', rosterIndex: i }));
  let m = replaceMeetingRoster(sampleMeeting(), people, [['第一组'], [], ['第一组', '第二组'], [], []]);
  const id = m.sessions[0]!.id;
  m = withPlan(m, id, planOf(m, id), arrangeZones(planOf(m, id)).project);
  // 赵敏 is not seated here; 李明 is on leave; 张伟 does not attend.
  const zhao = m.people[4]!.id;
  m = { ...m, sessions: m.sessions.map((s) => ({ ...s, assignment: Object.fromEntries(Object.entries(s.assignment).filter(([, p]) => p !== zhao)) })) };
  m = withPlan(m, id, planOf(m, id), setAbsent(planOf(m, id), m.people[1]!.id, true));
  return setAttends(m, id, m.people[2]!.id, false);
}

function rows(m = meeting()): RosterRow[] {
  const session = findSession(m, m.sessions[0]!.id);
  const seats = new Map(drawingFor(session.venue, 'zh-CN').seats.map(({ seat }, order) => [seat.id, { seat, order }]));
  return buildRows({ meeting: m, session, attending: planOf(m, session.id).people, seats });
}
const shown = (list: RosterRow[]) => list.map((row) => row.person.name);

describe('rows of the roster table', () => {
  it('carry 序号, 状态, 座位, 分组 and namesakes for the open session', () => {
    const list = rows();
    expect(list.map((r) => [r.order, r.person.name, r.status, r.seat !== null, r.groups])).toEqual([
      [1, '王建国', 'present', true, '第一组'],
      [2, '李明', 'absent', true, ''],
      [3, '张伟', 'not-attending', false, '第一组、第二组'],
      [4, '王　伟', 'present', true, ''],
      [5, '赵敏', 'present', false, ''],
    ]);
    expect(list[3]!.namesakes.map((p) => p.name)).toEqual([]);
    expect(rows(replaceMeetingRoster(sampleMeeting(), [makePerson({ id: 'a', name: '王伟' }), makePerson({ id: 'b', name: '王　伟', unit: 'x' })]))[0]!.namesakes.map((p) => p.unit)).toEqual(['x']);
  });

  it('filter by this session, status, category, unit and unseated', () => {
    const list = rows();
    expect(shown(filterRows(list, NO_FILTERS))).toEqual(['王建国', '李明', '王　伟', '赵敏']);
    expect(shown(filterRows(list, { ...NO_FILTERS, scope: 'all' }))).toEqual(names);
    expect(shown(filterRows(list, { ...NO_FILTERS, status: 'absent' }))).toEqual(['李明']);
    expect(shown(filterRows(list, { ...NO_FILTERS, scope: 'all', status: 'not-attending' }))).toEqual(['张伟']);
    expect(shown(filterRows(list, { ...NO_FILTERS, category: '列席' }))).toEqual(['王　伟', '赵敏']);
    expect(shown(filterRows(list, { ...NO_FILTERS, unit: '财政局' }))).toEqual(['李明', '王　伟']);
    expect(shown(filterRows(list, { ...NO_FILTERS, unseatedOnly: true }))).toEqual(['赵敏']);
  });

  it('search by name, pinyin initials or unit', () => {
    const list = rows();
    expect(shown(filterRows(list, { ...NO_FILTERS, query: 'wjg' }))).toEqual(['王建国']);
    expect(shown(filterRows(list, { ...NO_FILTERS, query: 'w' }))).toEqual(['王建国', '王　伟']);
    expect(shown(filterRows(list, { ...NO_FILTERS, query: '王伟' }))).toEqual(['王　伟']);
    expect(shown(filterRows(list, { ...NO_FILTERS, query: '教育' }))).toEqual(['王建国', '赵敏']);
    expect(matchesQuery({ name: '李明', unit: '' }, 'LM')).toBe(true);
    expect(matchesQuery({ name: '李明', unit: '' }, 'mx')).toBe(false);
  });

  it('full pinyin from the start of the name (liu, liujie, ljb), and the surname reading of 曾', () => {
    const liu = { name: '刘杰波', unit: '' };
    for (const query of ['liu', 'liujie', 'liujiebo', 'ljb', 'LIU JIE']) expect(matchesQuery(liu, query), query).toBe(true);
    for (const query of ['jie', 'liub', 'ljx']) expect(matchesQuery(liu, query), query).toBe(false);
    expect(matchesQuery({ name: '曾庆红', unit: '' }, 'zeng')).toBe(true);
    expect(matchesQuery({ name: '曾庆红', unit: '' }, 'ceng')).toBe(false);
  });

  it('sorts names by pinyin with the surname reading: 曾 zēng just before 张, not céng between 曹 and 陈', () => {
    const people = ['陈明', '曾庆红', '张伟', '曹操', '赵敏'].map((name, i) => ({ person: { name }, order: i + 1 }) as unknown as RosterRow);
    expect(sortRows(people, { column: 'name', descending: false }).map((row) => row.person.name)).toEqual(['曹操', '陈明', '曾庆红', '张伟', '赵敏']);
  });

  it('sort by a column, reversed on request; empty cells last either way; ties in roster order', () => {
    const list = filterRows(rows(), { ...NO_FILTERS, scope: 'all' });
    expect(shown(sortRows(list, { column: 'rank', descending: false }))).toEqual(['赵敏', '王　伟', '李明', '王建国', '张伟']);
    expect(shown(sortRows(list, { column: 'rank', descending: true }))).toEqual(['王建国', '李明', '王　伟', '赵敏', '张伟']);
    expect(shown(sortRows(list, { column: 'unit', descending: false }))).toEqual(['李明', '王　伟', '王建国', '张伟', '赵敏']); // 财 before 教 in pinyin
    expect(shown(sortRows(list, { column: 'seat', descending: false })).slice(-2)).toEqual(['张伟', '赵敏']);
    expect(shown(sortRows(list, null))).toEqual(names);
  });
});

describe('picking rows', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];
  it('click picks one, Ctrl adds or removes, Shift picks the run from the anchor', () => {
    let pick = pickRow(order, { selectedIds: [], anchorId: null }, 'b', { shift: false, toggle: false });
    expect(pick).toEqual({ selectedIds: ['b'], anchorId: 'b' });
    pick = pickRow(order, pick, 'd', { shift: true, toggle: false });
    expect(pick).toEqual({ selectedIds: ['b', 'c', 'd'], anchorId: 'b' });
    pick = pickRow(order, pick, 'a', { shift: true, toggle: false });
    expect(pick.selectedIds).toEqual(['a', 'b']);
    pick = pickRow(order, pick, 'e', { shift: false, toggle: true });
    expect(pick).toEqual({ selectedIds: ['a', 'b', 'e'], anchorId: 'e' });
    pick = pickRow(order, pick, 'a', { shift: false, toggle: true });
    expect(pick.selectedIds).toEqual(['b', 'e']);
    expect(inTableOrder(order, ['e', 'b'])).toEqual(['b', 'e']);
  });

  it('draws a short list whole and only a window of a long one, moved only near its ends', () => {
    expect(rowWindow(null, 150, 0, 400, 28)).toEqual({ start: 0, end: 150 });
    // 20 rows in view at row 5000: 20 more drawn either side.
    const window = rowWindow(null, 10_000, 28 * 5000, 560, 28);
    expect(window).toEqual({ start: 4980, end: 5040 });
    // Scrolled 10 rows on: the same rows still serve, so nothing is redrawn.
    expect(rowWindow(window, 10_000, 28 * 5010, 560, 28)).toBe(window);
    // Within 4 rows of the end: the window moves ahead.
    expect(rowWindow(window, 10_000, 28 * 5017, 560, 28)).toEqual({ start: 4997, end: 5057 });
    // A jump far away, and the end of the list.
    expect(rowWindow(window, 10_000, 28 * 9000, 560, 28)).toEqual({ start: 8980, end: 9040 });
    expect(rowWindow(window, 10_000, 28 * 10_000, 560, 28)).toEqual({ start: 9980, end: 10_000 });
    // The list got shorter (a filter): the window follows.
    expect(rowWindow(window, 300, 0, 560, 28)).toEqual({ start: 0, end: 40 });
  });
});

describe('copying rows', () => {
  it('gives tab-separated text with the headers, as the table shows the cells, quoting what Excel would', () => {
    const list = rows();
    const noted = { ...list[4]!, person: { ...list[4]!.person, note: '说"明"\t二' } };
    expect(rowsAsTsv([list[0]!, list[1]!, noted], ['order', 'name', 'rank', 'status', 'seat', 'groups', 'note'], rosterTableZhCN, '未入座', 'zh-CN').split('\r\n')).toEqual([
      '序号\t姓名\t排序号\t状态\t座位\t分组\t备注',
      `1\t王建国\t10\t出席\t${list[0]!.seat!.seat.zoneName} ${list[0]!.seat!.seat.row}排 ${list[0]!.seat!.seat.label}座\t第一组\t`,
      `2\t李明\t9\t请假\t${list[1]!.seat!.seat.zoneName} ${list[1]!.seat!.seat.row}排 ${list[1]!.seat!.seat.label}座\t\t`,
      '5\t赵敏\t6\t出席\t未入座\t\t"说""明""\t二"',
    ]);
    expect(rowsAsTsv([list[2]!], ['name', 'status', 'seat'], rosterTableEn, 'Unseated', 'en')).toBe('Name\tStatus\tSeat\r\n张伟\tNot in this session\t');
  });
});
