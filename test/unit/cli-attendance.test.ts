// `zuoci attendance` as a user calls it (the real bin script): the 到会情况 PDF of a meeting file
// with check-ins, for the chosen session; a wrong session or output is the user's mistake (exit 2).
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toggleCheckIn } from '../../shared/model/check-ins';
import { serializeMeeting } from '../../shared/model/load';
import { makePerson } from '../../shared/model/person';
import { sampleMeeting } from '../../shared/model/sample';
import { replaceMeetingRoster } from '../../shared/model/session-edits';
import { pdfText } from './pdf-tools';
import { out, zuoci } from './cli-tools';

function meetingFile(): string {
  let meeting = replaceMeetingRoster(sampleMeeting(), ['王建国', '李红', '张伟'].map((name, i) => makePerson({ id: `p${i}`, name, unit: '区委', category: '出席', rosterIndex: i })));
  meeting = toggleCheckIn(meeting, meeting.sessions[0]!.id, meeting.people[0]!.id, '2026-11-26T01:00:00Z');
  const file = out('会议.zuoci');
  writeFileSync(file, serializeMeeting(meeting));
  return file;
}

describe('zuoci attendance', () => {
  it('writes the report of the first session', async () => {
    const pdf = out('到会情况.pdf');
    const result = await zuoci('attendance', '--venue', meetingFile(), '--out', pdf);
    expect(result.code).toBe(0);
    const text = pdfText(pdf).replace(/\s/g, '');
    expect(text).toContain('应到3人，实到1人，请假0人，未到2人');
    expect(text).toContain('未到（2人）李红、张伟');
  });

  it('a session the file does not have, or an output that is not a PDF, is the user’s mistake', async () => {
    const file = meetingFile();
    const wrong = await zuoci('attendance', '--venue', file, '--session', '宴会', '--out', out('x.pdf'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('没有名为“宴会”的场次');
    expect((await zuoci('attendance', '--venue', file, '--out', out('x.csv'))).code).toBe(2);
    const help = await zuoci('attendance', '--help');
    expect(help.stdout).toContain('--session');
  });
});
