// What is saved opens again exactly (fast-check), unknown fields at every level included; and
// 10,000 damaged variants of a real meeting never make the loader throw: each opens with its
// problems named, or is refused with a message in both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../shared/model/person';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import type { Meeting } from '../../shared/model/meeting-schema';
import { sampleMeeting } from '../../shared/model/sample';
import { addSession, replaceMeetingRoster, sessionsPerGroup } from '../../shared/model/session-edits';
import { ROOM_TEMPLATES } from '../../shared/model/templates';

type Json = Record<string, unknown>;
const extraKey = fc.string({ minLength: 1, maxLength: 8 }).map((k) => `x_${k}`);
const extraValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }));
const extras = fc.dictionary(extraKey, extraValue, { maxKeys: 3 });
const person = fc.record({
  name: fc.string({ minLength: 1, maxLength: 12 }).filter((n) => n.trim() !== ''),
  unit: fc.string({ maxLength: 20 }),
  rank: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
  category: fc.constantFrom('出席', '列席', '工作人员', ''),
  group: fc.constantFrom('第一组', '第二组', undefined),
});

function meetingOf(people: { name: string; unit: string; rank: number | null; category: string; group: string | undefined }[]): Meeting {
  const roster = people.map((p, i) => makePerson({ id: `r${i}`, ...p, ...(p.group ? { group: p.group } : {}), rosterIndex: i }));
  const withPeople = replaceMeetingRoster(sampleMeeting(), roster);
  return sessionsPerGroup(addSession(withPeople, 'banquet', ROOM_TEMPLATES['宴会厅']!()).meeting, ROOM_TEMPLATES['常务会议室']!());
}

/** The same meeting with unknown fields at the top, in meta, people, sessions, elements and print settings. */
function withExtras(meeting: Meeting, e: Json[]): Meeting {
  const at = (i: number) => e[i % e.length] ?? {};
  return {
    ...at(0), ...meeting,
    meta: { ...at(1), ...meeting.meta },
    people: meeting.people.map((p, i) => ({ ...at(i + 2), ...p })),
    sessions: meeting.sessions.map((s, i) => ({
      ...at(i + 3), ...s,
      print: { ...s.print, map: { ...at(i + 4), ...s.print.map } },
      venue: { ...s.venue, elements: s.venue.elements.map((el, j) => ({ ...at(i + j + 5), ...el })) },
    })),
  };
}

describe('saving and opening a meeting', () => {
  it('load(save(doc)) equals doc, unknown fields at every level included', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), fc.array(extras, { minLength: 1, maxLength: 6 }), (people, e) => {
        const meeting = withExtras(meetingOf(people), e);
        const loaded = loadMeeting(serializeMeeting(meeting));
        expect(loaded.ok && loaded.value).toEqual(meeting);
        expect(loaded.ok && loaded.warnings).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

/** Every place in a JSON tree, as a path of keys. */
function placesIn(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(path);
  if (Array.isArray(node)) node.forEach((child, i) => placesIn(child, [...path, i], out));
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) placesIn(v, [...path, k], out);
  return out;
}

const REPLACEMENTS = (rng: () => number) => [null, -1, 0, 1e308, 'x'.repeat(1 + Math.floor(rng() * 600)), '', true, [], {}, [1, 'a'], { kind: 'mystery' }, 'constructor', '__proto__'];

/** One random damage at one place (a value replaced, a key removed, a list doubled); a place an earlier damage removed is skipped. */
function damage(doc: Json, path: (string | number)[], rng: () => number): unknown {
  if (path.length === 0) return [null, 0, 'x', [], {}][Math.floor(rng() * 5)];
  let parent: unknown = doc;
  for (const key of path.slice(0, -1)) {
    if (!parent || typeof parent !== 'object') return doc;
    parent = (parent as Json)[key as string];
  }
  if (!parent || typeof parent !== 'object') return doc;
  const key = path.at(-1)! as string;
  const here = parent as Json;
  const choice = rng();
  const replacements = REPLACEMENTS(rng);
  if (choice < 0.2 && !Array.isArray(parent)) delete here[key];
  else if (choice < 0.3 && Array.isArray(here[key])) (here[key] as unknown[]).push(...(here[key] as unknown[]));
  else here[key] = replacements[Math.floor(rng() * replacements.length)];
  return doc;
}

describe('opening damaged meetings', () => {
  it('10,000 mutated documents: nothing throws; each opens with notes or is refused in both languages', () => {
    const baseText = serializeMeeting(meetingOf([
      { name: '黄萍峰', unit: '区委', rank: 1, category: '出席', group: '第一组' },
      { name: '毛军', unit: '区政府', rank: 2, category: '出席', group: '第二组' },
      { name: '金霞', unit: '区委办', rank: 9, category: '列席', group: undefined },
    ]));
    const places = placesIn(JSON.parse(baseText));
    let seed = 42;
    const rng = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let opened = 0;
    for (let i = 0; i < 10_000; i++) {
      let doc: unknown = JSON.parse(baseText);
      for (let n = 1 + Math.floor(rng() * 3); n > 0; n--) doc = damage(doc as Json, places[Math.floor(rng() * places.length)]!, rng);
      const loaded = loadMeeting(JSON.stringify(doc));
      if (loaded.ok) {
        opened++;
        // What opened can be saved and opens again (checked on a sample: it doubles the cost).
        if (i % 10 === 0) expect(loadMeeting(serializeMeeting(loaded.value)).ok).toBe(true);
        for (const note of loaded.warnings) expect(note.message.length && (note.en ?? '').length).toBeGreaterThan(0);
      } else {
        expect(loaded.error.message).toMatch(/无法打开|文件/);
        expect(loaded.error.en).toMatch(/Cannot open|file/);
      }
    }
    expect(opened).toBeGreaterThan(9000); // damage to one record never costs the whole file
  }, 240_000);
});
