// Opening documents: old files (v0, v1, v2) migrate to meetings, newer and damaged files open with
// what can be read and every problem named, and nothing is ever lost on the way back to disk.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMeeting, loadProject, serializeMeeting } from '../../shared/model/load';
import { MEETING_SCHEMA_VERSION, type Meeting } from '../../shared/model/meeting-schema';
import { planOf } from '../../shared/model/plan';
import { sampleMeeting } from '../../shared/model/sample';

const sample = sampleMeeting();
const sampleText = serializeMeeting(sample);

function opened(text: string): { meeting: Meeting; notes: string[]; notesEn: string[] } {
  const loaded = loadMeeting(text);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return { meeting: loaded.value, notes: loaded.warnings.map((w) => w.message), notesEn: loaded.warnings.map((w) => w.en ?? '') };
}

function errorOf(text: string): string {
  const loaded = loadMeeting(text);
  if (loaded.ok) throw new Error('expected the load to fail');
  return loaded.error.message;
}

describe('opening a meeting', () => {
  it('opens what it saved, unchanged', () => {
    expect(opened(sampleText).meeting).toEqual(sample);
    expect(opened(sampleText).notes).toEqual([]);
  });

  it('migrates the v0 prototype file: meta, one-row rostrum, ranks and seats survive in one session', () => {
    const { meeting } = opened(readFileSync('test/fixtures/v0-meeting.zuoci', 'utf8'));
    expect(meeting.schemaVersion).toBe(MEETING_SCHEMA_VERSION);
    expect(meeting.meta).toMatchObject({ title: '区委常委会（原型版文件）', date: '2026-03-02', status: 'draft' });
    expect(meeting.sessions).toHaveLength(1);
    const plan = planOf(meeting, meeting.sessions[0]!.id);
    expect(plan.venue.elements[0]).toMatchObject({ kind: 'rostrum', rows: [5], rotation: 0 });
    expect(plan.people.map((p) => [p.name, p.rank])).toEqual([['黄萍峰', 1], ['毛军', 2], ['汤慧福', 3]]);
    expect(plan.assignment).toEqual({ 'rostrum-1:1-3': 'p1', 'rostrum-1:1-4': 'p2' });
  });

  it('migrates a real v1 file: 170 people seated in the 大礼堂, the print format kept', () => {
    const { meeting } = opened(readFileSync('test/fixtures/v1-plenary.zuoci', 'utf8'));
    const session = meeting.sessions[0]!;
    expect(session).toMatchObject({ kind: 'plenary', name: '全体会议', attendance: { everyone: true }, statuses: {} });
    expect(meeting.people).toHaveLength(170);
    expect(Object.keys(session.assignment)).toHaveLength(170);
    expect(session.print).toMatchObject({ cardFormat: 'a4-fold3', fallbackFont: 'bundled-fallback', map: { paper: 'A3' } });
    expect(session.venue.elements.every((e) => e.rotation === 0)).toBe(true);
  });

  it('migrates a real v2 file: 请假 and 代会 become the session’s statuses, the lock and the printed card stay', () => {
    const { meeting } = opened(readFileSync('test/fixtures/v2-plenary.zuoci', 'utf8'));
    const session = meeting.sessions[0]!;
    const absent = meeting.people[5]!;
    const standIn = meeting.people.find((p) => p.name === '王代表')!;
    expect(standIn.substituteFor).toBe(absent.id);
    expect(session.statuses).toEqual({ [absent.id]: { status: 'substituted', substituteId: standIn.id } });
    expect(session.assignment['rostrum-1:1-10']).toBe(standIn.id);
    expect(session.locks).toEqual(['rostrum-1:1-7']);
    expect(session.printedCards).toEqual({ 'rostrum-1:1-7': '黄萍峰' });
    expect('absent' in meeting.people[0]!).toBe(false);
    const plan = planOf(meeting, session.id);
    expect(plan.people.find((p) => p.id === absent.id)!.absent).toBe(true);
    expect(plan.print.lastPrinted).toEqual({ 'rostrum-1:1-7': '黄萍峰' });
  });

  it('explains a corrupt file in both languages', () => {
    expect(errorOf(sampleText.slice(0, 200))).toContain('文件已损坏');
    expect(errorOf('')).toContain('文件已损坏');
    expect(errorOf('[1,2]')).toContain('不是座次文档');
    expect(errorOf('{"format":"excel"}')).toContain('不是座次（.zuoci）文件');
    const loaded = loadMeeting('{"format":"excel"}');
    expect(!loaded.ok && loaded.error.en).toContain('not a Zuoci');
  });

  it('accepts a leading byte-order mark', () => {
    expect(opened('\ufeff' + sampleText).meeting).toEqual(sample);
  });

  it('opens a file from a newer version with a notice and keeps unknown fields at every level', () => {
    const newer = JSON.parse(sampleText);
    newer.schemaVersion = MEETING_SCHEMA_VERSION + 1;
    newer.seatingTheme = 'red';
    newer.meta.weather = 'rain';
    newer.sessions[0].cameraAngle = 30;
    newer.sessions[0].venue.elements[0].colour = 'gold';
    newer.sessions[0].print.map.inkSaving = true;
    const { meeting, notes } = opened(JSON.stringify(newer));
    expect(meeting.schemaVersion).toBe(MEETING_SCHEMA_VERSION + 1);
    expect(notes[0]).toContain('较新版本');
    const again = JSON.parse(serializeMeeting(meeting));
    expect(again).toMatchObject({ seatingTheme: 'red', meta: { weather: 'rain' } });
    expect(again.sessions[0]).toMatchObject({ cameraAngle: 30, print: { map: { inkSaving: true } } });
    expect(again.sessions[0].venue.elements[0].colour).toBe('gold');
  });

  it('sets aside one bad person, names them, opens the rest and writes them back unchanged', () => {
    const withPeople = JSON.parse(serializeMeeting({ ...sample, people: [
      { id: 'a', name: '黄萍峰', unit: '区委', title: '书记', rank: 1, category: '出席', seatZone: '', gender: '', ethnicity: '', note: '', rosterIndex: 0, substituteFor: null },
      { id: 'b', name: '毛军', unit: '区政府', title: '区长', rank: 2, category: '出席', seatZone: '', gender: '', ethnicity: '', note: 'x'.repeat(501), rosterIndex: 1, substituteFor: null },
    ] }));
    const { meeting, notes, notesEn } = opened(JSON.stringify(withPeople));
    expect(meeting.people.map((p) => p.name)).toEqual(['黄萍峰']);
    expect(notes[0]).toContain('人员“毛军”（第 2 条）');
    expect(notes[0]).toContain('note');
    expect(notesEn[0]).toContain('Person "毛军" (no. 2)');
    expect(JSON.parse(serializeMeeting(meeting)).people[1].note).toHaveLength(501);
  });

  it('keeps an element of an unknown kind as a labelled placeholder, and saves it back', () => {
    const doc = JSON.parse(sampleText);
    doc.sessions[0].venue.elements.push({ id: 'stage-9', kind: 'orchestra-pit', name: '乐池', x: 100, y: 50, width: 400, depth: 200 });
    doc.sessions[0].venue.elements[0].rows = ['七'];
    const { meeting, notes } = opened(JSON.stringify(doc));
    const placeholders = meeting.sessions[0]!.venue.placeholders!;
    expect(placeholders.map((p) => p.label)).toEqual(['主席台', '乐池']);
    expect(placeholders[1]).toMatchObject({ x: 100, y: 50, width: 400, depth: 200 });
    expect(notes.join('\n')).toContain('rows.0');
    expect(notes.join('\n')).toContain('orchestra-pit');
    const saved = JSON.parse(serializeMeeting(meeting));
    expect(saved.sessions[0].venue.elements.map((e: { id: string }) => e.id).sort()).toEqual(doc.sessions[0].venue.elements.map((e: { id: string }) => e.id).sort());
  });

  it('clears a seat that points at nobody and says so', () => {
    const doc = JSON.parse(sampleText);
    const rostrum = doc.sessions[0].venue.elements[0].id;
    doc.sessions[0].assignment = { [`${rostrum}:1-1`]: 'ghost' };
    doc.sessions[0].locks = [`${rostrum}:1-1`];
    const { meeting, notes } = opened(JSON.stringify(doc));
    expect(meeting.sessions[0]!.assignment).toEqual({});
    expect(meeting.sessions[0]!.locks).toEqual([]);
    expect(notes[0]).toContain('不存在的人员');
  });

  it('opens the named session of a file as a plan', () => {
    const loaded = loadProject(sampleText, '全体会议');
    expect(loaded.ok).toBe(true);
    const missing = loadProject(sampleText, '宴会');
    expect(!missing.ok && missing.error.message).toContain('没有名为“宴会”的场次');
  });
});

describe('hostile meetings', () => {
  it('refuses a 1000 × 1000 hall and 100,000-deep nesting with a message, at once', () => {
    const doc = JSON.parse(sampleText);
    const hall = doc.sessions[0].venue.elements.find((e: { kind: string }) => e.kind === 'hall');
    Object.assign(hall, { rows: 1000, seatsPerRow: 1000 });
    expect(errorOf(JSON.stringify(doc))).toContain('无法打开');
    expect(errorOf('['.repeat(100_000) + ']'.repeat(100_000))).toContain('嵌套');
  });

  it('a category or id named constructor is only data', () => {
    const doc = JSON.parse(sampleText);
    doc.people = [{ id: 'constructor', name: '甲', unit: '', title: '', rank: 1, category: 'toString', seatZone: '', gender: '', ethnicity: '', note: '', rosterIndex: 0, substituteFor: null }];
    doc.sessions[0].statuses = { toString: { status: 'absent' } };
    const { meeting } = opened(JSON.stringify(doc));
    const plan = planOf(meeting, meeting.sessions[0]!.id);
    expect(plan.people.map((p) => [p.id, p.absent])).toEqual([['constructor', false]]);
  });
});
