// bench/meeting: load and save a meeting of 10,000 people and 10 sessions (a plenary in a
// 10,000-seat hall, 8 分组讨论 rooms, a banquet), each arranged; time and file size, against a
// bare JSON.parse/JSON.stringify of the same text in the same run. Also the undo step of one
// arrangement (diff + restore by record). Run: npx tsx bench/meeting.ts
import { arrangeZones } from '../shared/arrange/arrange';
import { loadMeeting, serializeMeeting } from '../shared/model/load';
import type { Meeting } from '../shared/model/meeting-schema';
import { planOf, withPlan } from '../shared/model/plan';
import { quickVenue } from '../shared/model/quick-venue';
import { applyChanges, diffMeetings } from '../shared/model/records';
import { newMeeting } from '../shared/model/sample';
import { addSession, replaceMeetingRoster, setAttendance } from '../shared/model/session-edits';
import { ROOM_TEMPLATES } from '../shared/model/templates';
import { generateRoster } from './roster';
import { medianMs } from './timing';

const median = (run: () => unknown, repeats = 7): number => medianMs(run, repeats);

const arranged = (meeting: Meeting, sessionId: string) => withPlan(meeting, sessionId, planOf(meeting, sessionId), arrangeZones(planOf(meeting, sessionId)).project);

const roster = generateRoster(10_000);
let meeting = replaceMeetingRoster(newMeeting({ venue: quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 100, seatsPerRow: 100, aisles: [25, 75] } }), rules: {} }, '万人大会'), roster);
meeting = arranged(meeting, meeting.sessions[0]!.id);
const categories = [...new Set(meeting.people.map((p) => p.category))];
for (let g = 0; g < 8; g++) {
  const added = addSession(meeting, 'group', ROOM_TEMPLATES['报告厅']!(), `分组讨论 ${g + 1}`);
  // Each group room takes about a sixteenth of the roster (by hand list).
  const members = meeting.people.filter((_, i) => i % 16 === g).map((p) => p.id);
  meeting = arranged(setAttendance(added.meeting, added.session.id, { personIds: members }), added.session.id);
}
const banquet = addSession(meeting, 'banquet', ROOM_TEMPLATES['宴会厅']!(), '宴会');
meeting = setAttendance(banquet.meeting, banquet.session.id, { categories: categories.slice(0, 1) });

const text = serializeMeeting(meeting);
const seated = meeting.sessions.reduce((n, s) => n + Object.keys(s.assignment).length, 0);
console.log(`meeting: ${meeting.people.length} people, ${meeting.sessions.length} sessions, ${seated} seats taken; file ${(text.length / 1e6).toFixed(2)} MB (UTF-16 chars), ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8`);

const bareParse = median(() => JSON.parse(text));
const load = median(() => loadMeeting(text));
const parsed = JSON.parse(text);
const bareStringify = median(() => JSON.stringify(parsed, null, 2));
const save = median(() => serializeMeeting(meeting));
console.log(`load:  ${load.toFixed(1)} ms  (bare JSON.parse ${bareParse.toFixed(1)} ms, ×${(load / bareParse).toFixed(1)})`);
console.log(`save:  ${save.toFixed(1)} ms  (bare JSON.stringify ${bareStringify.toFixed(1)} ms, ×${(save / bareStringify).toFixed(1)})`);

// Undo by change: re-arranging the plenary, then putting its records back.
const plenary = meeting.sessions[0]!.id;
const after = withPlan(meeting, plenary, planOf(meeting, plenary), { ...planOf(meeting, plenary), assignment: {} });
const diff = median(() => diffMeetings(meeting, after));
const changes = diffMeetings(meeting, after);
const undo = median(() => applyChanges(after, changes, 'before'));
console.log(`undo step of a plenary re-arrangement: diff ${diff.toFixed(1)} ms (${changes.length} records: ${changes.map((c) => c.key.replace(/[0-9a-f-]{36}/, "…")).join(", ")}), restore ${undo.toFixed(1)} ms`);

// Damaged files: the slowest of 100 mutations of this 10,000-person meeting (one record or field
// each broken), against the bare parse of the same text. The bound: none over 1 s.
{
  const doc = JSON.parse(text) as { people: Record<string, unknown>[]; sessions: Record<string, unknown>[] };
  let seed = 7;
  const rng = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const breakages: ((d: typeof doc) => void)[] = [
    (d) => void (d.people[Math.floor(rng() * d.people.length)]!.note = 'x'.repeat(501)),
    (d) => void (d.people[Math.floor(rng() * d.people.length)]!.rank = 'first'),
    (d) => void ((d.sessions[Math.floor(rng() * d.sessions.length)]!.venue as { elements: unknown[] }).elements.push({ kind: 'stage', id: 'x' })),
    (d) => void (d.sessions[Math.floor(rng() * d.sessions.length)]!.assignment = { 'nowhere:1-1': 'nobody' }),
    (d) => void (d.sessions[Math.floor(rng() * d.sessions.length)]!.statuses = 7),
  ];
  let slowest = 0;
  let refused = 0;
  for (let i = 0; i < 100; i++) {
    const damaged = structuredClone(doc);
    breakages[i % breakages.length]!(damaged);
    const damagedText = JSON.stringify(damaged);
    const start = performance.now();
    if (!loadMeeting(damagedText).ok) refused++;
    slowest = Math.max(slowest, performance.now() - start);
  }
  console.log(`100 damaged copies of this meeting: slowest load ${slowest.toFixed(0)} ms (bare JSON.parse ${bareParse.toFixed(0)} ms), ${refused} refused, the rest opened with notes`);
}
