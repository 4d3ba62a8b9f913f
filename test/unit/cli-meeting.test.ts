// The CLI on v3 meetings: `arrange --out x.zuoci` writes a meeting of one session with random ids,
// and every command that reads a .zuoci takes `--session NAME` (default: the first session).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { addSession } from '../../shared/model/session-edits';
import { planOf, withPlan } from '../../shared/model/plan';
import { arrangeZones } from '../../shared/arrange/arrange';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { pdfText } from './pdf-tools';
import { zuoci } from './cli-tools';

const dir = () => mkdtempSync(path.join(os.tmpdir(), 'zuoci-cli-meeting-'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the CLI and meetings of several sessions', () => {
  it('arrange --out x.zuoci writes a meeting of one session with random ids', async () => {
    const file = path.join(dir(), '会议.zuoci');
    const result = await zuoci('arrange', '--roster', 'test/fixtures/plenary-roster.xlsx', '--venue', '大礼堂', '--out', file);
    expect(result.code).toBe(0);
    const loaded = loadMeeting(readFileSync(file, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const meeting = loaded.value;
    expect(meeting.schemaVersion).toBe(3);
    expect(meeting.sessions).toHaveLength(1);
    expect([meeting.sessions[0]!.id, ...meeting.people.map((p) => p.id), ...meeting.sessions[0]!.venue.elements.map((e) => e.id)].every((id) => UUID.test(id))).toBe(true);
    expect(Object.keys(meeting.sessions[0]!.assignment)).toHaveLength(170);
  });

  it('--session picks the session a command works on, and names the sessions when it is wrong', async () => {
    const folder = dir();
    const file = path.join(folder, '会议.zuoci');
    await zuoci('arrange', '--roster', 'test/fixtures/plenary-roster.xlsx', '--venue', '大礼堂', '--out', file);
    const loaded = loadMeeting(readFileSync(file, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    // A 常委会 session in the same file (a meeting table), arranged for the same roster.
    const added = addSession(loaded.value, 'meeting-table', ROOM_TEMPLATES['常务会议室']!(), '常委会');
    const banquet = added.session.id;
    const arranged = withPlan(added.meeting, banquet, planOf(added.meeting, banquet), arrangeZones(planOf(added.meeting, banquet)).project);
    writeFileSync(file, serializeMeeting(arranged));

    const plenaryList = path.join(folder, 'plenary.pdf');
    const banquetList = path.join(folder, 'banquet.pdf');
    expect((await zuoci('list', '--venue', file, '--out', plenaryList)).code).toBeLessThan(2);
    expect((await zuoci('list', '--venue', file, '--session', '常委会', '--out', banquetList)).code).toBeLessThan(2);
    expect(pdfText(plenaryList).replace(/\s/g, '')).toContain('主席台');
    expect(pdfText(banquetList).replace(/\s/g, '')).not.toContain('主席台');
    const wrong = await zuoci('list', '--venue', file, '--session', '合影', '--out', path.join(folder, 'x.pdf'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('全体会议、常委会');
  });
});
