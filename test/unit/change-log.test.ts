// 修改记录: every step is described from the records it changed (codes and parameters that read in
// both languages), signed with the staff name, kept in the file (bounded) and never undone.
import { beforeEach, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { appendChange, changeEntryText, changeItemText, describeChanges, restoreChangeLog, type ChangeEntry } from '../../shared/model/change-log';
import { CHANGE_LOG_LIMIT } from '../../shared/model/change-log-schema';
import { placePerson, replaceRoster } from '../../shared/model/edits';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { makePerson } from '../../shared/model/person';
import { diffMeetings } from '../../shared/model/records';
import { sampleMeeting } from '../../shared/model/sample';
import type { Person } from '../../shared/model/schema';
import { useStaffName } from '../../renderer/store/staff-name';
import { useZuoci } from '../../renderer/store/store';

const people: Person[] = ['张三', '李四', '王五'].map((name, i) => makePerson({ id: `x${i}`, name, rank: i + 1, category: '出席', rosterIndex: i }));
const store = () => useZuoci.getState();
const log = () => store().meeting.changeLog ?? [];
const texts = (entry: ChangeEntry | undefined, language: 'zh-CN' | 'en' = 'zh-CN') => (entry ? changeEntryText(entry, language) : '');
const hallSeat = (row: number, col: number) => `${store().project.venue.elements.find((e) => e.kind === 'hall')!.id}:${row}-${col}`;

beforeEach(() => {
  store().replaceDocument(sampleMeeting(), null, 'a.zuoci');
  useStaffName.getState().setName('');
});

describe('describing a step', () => {
  it('a move names the person and both seats, in either language', () => {
    store().commit((p) => replaceRoster(p, people));
    const id = store().project.people.find((p) => p.name === '张三')!.id;
    store().commit((p) => placePerson(p, id, hallSeat(1, 1)));
    const before = store().meeting;
    store().commit((p) => placePerson(p, id, hallSeat(1, 3)));
    const what = describeChanges(diffMeetings(before, store().meeting), before, store().meeting);
    expect(what.map((w) => changeItemText(w, 'zh-CN'))).toEqual(['移动 张三 台下 1排 1座→台下 1排 3座', '锁定 1 个座位', '解锁 1 个座位']);
    expect(what.map((w) => changeItemText(w, 'en'))).toEqual(['moved 张三 Hall row 1 seat 1 → Hall row 1 seat 3', 'locked 1 seat', 'unlocked 1 seat']);
  });

  it('a roster edit names the person and the field; an arrangement names the zones; a removed element its name', () => {
    store().commit((p) => replaceRoster(p, people));
    const before = store().meeting;
    store().commitMeeting((m) => ({ ...m, people: m.people.map((p) => (p.name === '李四' ? { ...p, title: '副主任' } : p)) }));
    expect(texts(log().at(-1))).toBe('编辑名单 李四 职务');
    expect(texts(log().at(-1), 'en')).toBe('edited 李四: title');
    store().commit((p) => arrangeZones(p).project);
    expect(texts(log().at(-1))).toMatch(/^(安排 .+；?){3}$|^排座/);
    const many = Array.from({ length: 12 }, (_, i) => makePerson({ id: `m${i}`, name: `代表${i}`, rank: i + 1, category: '出席', rosterIndex: i }));
    store().commit((p) => replaceRoster(p, many));
    store().commit((p) => arrangeZones(p).project);
    expect(texts(log().at(-1))).toMatch(/^排座 (主席台、台下|台下、主席台)（\d+ 人）$/);
    const desk = store().project.venue.elements.find((e) => e.kind === 'object')!;
    store().commit((p) => ({ ...p, venue: { ...p.venue, elements: p.venue.elements.filter((e) => e !== desk) } }));
    expect(texts(log().at(-1))).toBe('删除会场元素 发言席');
    expect(texts(log().at(-1), 'en')).toBe('removed room element Lectern');
    expect(before).not.toBe(store().meeting);
  });
});

describe('the log in the store and the file', () => {
  it('each step is signed with the staff name and the session; undo and redo are entries; undo never erases the log', () => {
    useStaffName.getState().setName('  刘秘书 ');
    store().commit((p) => replaceRoster(p, people));
    expect(log()).toHaveLength(1);
    expect(log()[0]).toMatchObject({ by: '刘秘书', sessionId: store().sessionId, kind: 'edit' });
    expect(Date.parse(log()[0]!.at)).not.toBeNaN();
    store().undo();
    expect(store().project.people).toEqual([]);
    expect(log().map((e) => e.kind)).toEqual(['edit', 'undo']);
    expect(texts(log()[1])).toMatch(/^撤销：/);
    store().redo();
    expect(log().map((e) => e.kind)).toEqual(['edit', 'undo', 'redo']);
    expect(store().project.people).toHaveLength(3);
  });

  it('a drag (gesture) is one entry; a recorded fact is none', () => {
    store().commit((p) => replaceRoster(p, people));
    const id = store().project.people[0]!.id;
    store().beginGesture();
    store().updateGesture((p) => placePerson(p, id, hallSeat(2, 1)));
    store().updateGesture((p) => placePerson(p, id, hallSeat(2, 2)));
    store().commitGesture();
    expect(log()).toHaveLength(2);
    expect(texts(log()[1])).toBe('安排 张三 到 台下 2排 2座；锁定 1 个座位');
    store().recordMeetingFact((m) => ({ ...m, meta: { ...m.meta, title: 'x' } }));
    expect(log()).toHaveLength(2);
  });

  it('is kept in the file, bounded, and unreadable entries are dropped on load', () => {
    store().commit((p) => replaceRoster(p, people));
    const entry = log()[0]!;
    let meeting = store().meeting;
    for (let i = 0; i < CHANGE_LOG_LIMIT + 5; i++) meeting = appendChange(meeting, { ...entry, at: String(i) });
    expect(meeting.changeLog).toHaveLength(CHANGE_LOG_LIMIT);
    expect(meeting.changeLog!.at(-1)!.at).toBe(String(CHANGE_LOG_LIMIT + 4));
    const file = JSON.parse(serializeMeeting(meeting));
    file.changeLog.push({ at: 5 }, 'junk');
    const loaded = loadMeeting(JSON.stringify(file));
    expect(loaded.ok && loaded.value.changeLog).toHaveLength(CHANGE_LOG_LIMIT);
    expect(restoreChangeLog('nonsense')).toBeUndefined();
  });
});

describe('agenda changes', () => {
  it('a 列席 tied to an item is told once, as the tie', async () => {
    const { addAgendaItem, setAgendaPerson } = await import('../../shared/model/agenda-edits');
    store().commit((p) => replaceRoster(p, people));
    let itemId = '';
    store().commitMeeting((m) => {
      const added = addAgendaItem(m, '预算');
      itemId = added.itemId;
      return added.meeting;
    });
    expect(texts(log().at(-1))).toBe('添加议题 1 预算');
    const id = store().meeting.people.find((p) => p.name === '李四')!.id;
    store().commitMeeting((m) => setAgendaPerson(m, itemId, id, 'attendee', true));
    expect(texts(log().at(-1))).toBe('列席 李四 → 议题 1');
    expect(texts(log().at(-1), 'en')).toBe('李四 as observer of agenda item 1');
  });
});
