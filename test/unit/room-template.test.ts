// Room templates (.zuoci-room): the five built-in rooms are files in assets/templates/ read by the
// same forgiving loader as a user's template; a template holds a room and its rules, never people;
// a meeting started from one is clean.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRoomTemplate, serializeRoomTemplate, sessionKindForRoom, templateFileName, templateOfRoom } from '../../shared/model/room-template';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { newMeeting, sampleMeeting } from '../../shared/model/sample';
import { deriveSeats } from '../../shared/layout/seats';
import { addSession } from '../../shared/model/session-edits';

const files = readdirSync('assets/templates').filter((f) => f.endsWith('.json'));

describe('built-in room templates are files', () => {
  it('there is one file per built-in room, each loading without a note', () => {
    expect(files).toHaveLength(Object.keys(ROOM_TEMPLATES).length);
    const names = files.map((file) => {
      const loaded = loadRoomTemplate(readFileSync(`assets/templates/${file}`, 'utf8'));
      expect(loaded.ok && loaded.warnings).toEqual([]);
      return loaded.ok ? loaded.value.name : '';
    });
    expect(names.sort()).toEqual(Object.keys(ROOM_TEMPLATES).sort());
  });

  it('each file carries the format name and version, and saving it again gives the same file', () => {
    for (const file of files) {
      const text = readFileSync(`assets/templates/${file}`, 'utf8');
      expect(JSON.parse(text)).toMatchObject({ format: 'zuoci-room', schemaVersion: 1 });
      const loaded = loadRoomTemplate(text);
      expect(loaded.ok && JSON.parse(serializeRoomTemplate(loaded.value))).toEqual(JSON.parse(text));
    }
  });
});

describe('loading a template forgives and explains', () => {
  const good = serializeRoomTemplate(ROOM_TEMPLATES['大礼堂']!());

  it('refuses what is not a template, in both languages', () => {
    for (const text of ['not json', '[]', JSON.stringify({ format: 'zuoci', schemaVersion: 3 }), JSON.stringify({ format: 'zuoci-room' })]) {
      const loaded = loadRoomTemplate(text);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) {
        expect(loaded.error.message).toMatch(/\p{Script=Han}/u);
        expect(loaded.error.en).toMatch(/^[^\p{Script=Han}]+$/u);
      }
    }
  });

  it('keeps the readable elements of a damaged template, names the rest, and writes them back unchanged', () => {
    const raw = JSON.parse(good);
    raw.venue.elements[1] = { id: 'weird', kind: 'stage-riser', name: '合影台阶', x: 10, y: 10 };
    raw.rules = { 'hall-1': { method: 'bogus' }, 'no-such-zone': { snake: true } };
    const loaded = loadRoomTemplate(JSON.stringify(raw));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.venue.elements.map((e) => e.id)).toEqual(['rostrum-1', 'hall-1', 'door']);
    expect(loaded.warnings.map((w) => w.message).join('\n')).toMatch(/合影台阶[\s\S]*区域 hall-1 的规则/);
    expect(loaded.value.rules).toEqual({});
    expect(JSON.parse(serializeRoomTemplate(loaded.value)).venue.elements).toContainEqual(raw.venue.elements[1]);
  });

  it('opens a template from a newer Zuoci with a note, keeping what it knows', () => {
    const loaded = loadRoomTemplate(JSON.stringify({ ...JSON.parse(good), schemaVersion: 7, futureField: 1 }));
    expect(loaded.ok && loaded.warnings[0]?.en).toMatch(/newer Zuoci \(format 7\)/);
    expect(loaded.ok && deriveSeats(loaded.value.venue)).toHaveLength(628);
  });

  it('a file name from any template name', () => {
    expect(templateFileName('市委/常委会议室')).toBe('市委_常委会议室.zuoci-room');
    expect(templateFileName('  ')).toBe('会场模板.zuoci-room');
  });
});

describe('a session’s room as a template', () => {
  it('holds the room and the rules of its zones, and no people, seating, locks or printed cards', () => {
    const meeting = sampleMeeting();
    const session = meeting.sessions[0]!;
    const seat = deriveSeats(session.venue)[0]!.id;
    const rostrum = session.venue.elements[0]!.id;
    const busy = { ...session, assignment: { [seat]: 'someone' }, locks: [seat], printedCards: { [seat]: '王伟' }, rules: { [rostrum]: { convention: 'right' as const }, gone: { snake: true } } };
    const template = templateOfRoom('我的会场', busy);
    const file = JSON.parse(serializeRoomTemplate(template));
    expect(Object.keys(file).sort()).toEqual(['format', 'name', 'rules', 'schemaVersion', 'venue']);
    expect(file.name).toBe('我的会场');
    expect(file.rules).toEqual({ [rostrum]: { convention: 'right' } });
    expect(JSON.stringify(file)).not.toMatch(/someone|王伟/);
  });

  it('a new meeting from a template starts clean: no title or date, a draft, nobody, no printed cards, new ids', () => {
    const approved = { ...sampleMeeting(), meta: { title: '区委全会', date: '2026-11-25', place: '大礼堂', status: 'approved' as const, approvedBy: '张主任' } };
    const template = templateOfRoom('我的会场', approved.sessions[0]!);
    const meeting = newMeeting(template, '');
    expect(meeting.meta).toEqual({ title: '', date: '', place: '', status: 'draft' });
    expect(meeting.people).toEqual([]);
    expect(meeting.sessions).toHaveLength(1);
    const session = meeting.sessions[0]!;
    expect(session.assignment).toEqual({});
    expect(session.locks).toEqual([]);
    expect(session.printedCards).toEqual({});
    expect(session.statuses).toEqual({});
    // The same room, drawn with new element ids, so it can sit beside its origin in one meeting.
    expect(deriveSeats(session.venue).length).toBe(deriveSeats(template.venue).length);
    expect(session.venue.elements.map((e) => e.id)).not.toContain(template.venue.elements[0]!.id);
  });

  it('a room suggests its session kind: banquet tables a 宴会, a meeting table a 会议, else a 全体会议', () => {
    const kinds = Object.fromEntries(Object.entries(ROOM_TEMPLATES).map(([name, make]) => [name, sessionKindForRoom(make().venue)]));
    expect(kinds).toEqual({ 大礼堂: 'plenary', 常务会议室: 'meeting-table', U形会议室: 'meeting-table', 宴会厅: 'banquet', 报告厅: 'plenary' });
  });

  it('adding a session from a user template gives the same room', () => {
    const template = ROOM_TEMPLATES['宴会厅']!();
    const reloaded = loadRoomTemplate(serializeRoomTemplate(templateOfRoom('我的宴会厅', template)));
    if (!reloaded.ok) throw new Error('did not load');
    const { session } = addSession(sampleMeeting(), 'banquet', reloaded.value);
    expect(deriveSeats(session.venue)).toHaveLength(60);
    expect(Object.values(session.rules)).toEqual(Array(6).fill({ convention: 'right' }));
  });
});
