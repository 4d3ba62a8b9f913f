// 到会情况 on paper: the totals, the tables by category and unit, who is on leave and who has not
// come, with headings in the session's print language.
import { describe, expect, it } from 'vitest';
import { attendanceReportPdf } from '../../electron/services/pdf/print-attendance';
import { toggleCheckIn } from '../../shared/model/check-ins';
import { serializeMeeting } from '../../shared/model/load';
import { replaceMeetingRoster, setStatus } from '../../shared/model/session-edits';
import { makePerson } from '../../shared/model/person';
import { sampleMeeting } from '../../shared/model/sample';
import { attendanceReportPages } from '../../shared/print/attendance-report';
import { pdfText, writeTempPdf } from './pdf-tools';

function meetingWithCheckIns() {
  let meeting = replaceMeetingRoster(sampleMeeting(), [
    makePerson({ id: 'a', name: '王建国', unit: '区委', category: '出席' }),
    makePerson({ id: 'b', name: '李红', unit: '区政府', category: '出席', rosterIndex: 1 }),
    makePerson({ id: 'c', name: '张伟', unit: '区政府', category: '列席', rosterIndex: 2 }),
  ]);
  const session = meeting.sessions[0]!;
  const [a, b] = meeting.people;
  meeting = toggleCheckIn(meeting, session.id, a!.id, '2026-11-26T01:00:00Z');
  meeting = setStatus(meeting, session.id, b!.id, 'absent');
  return meeting;
}

describe('attendance report', () => {
  it('prints the counts and names in Chinese', async () => {
    const meeting = meetingWithCheckIns();
    const made = await attendanceReportPdf(serializeMeeting(meeting), meeting.sessions[0]!.id, '2026-11-26 09:00');
    expect(made.ok).toBe(true);
    const text = pdfText(writeTempPdf(made.ok ? made.value.pdf : new Uint8Array())).replace(/\s/g, '');
    expect(text).toContain('示例会议到会情况');
    expect(text).toContain('截至2026-11-2609:00');
    expect(text).toContain('应到3人，实到1人，请假1人，未到1人');
    expect(text).toContain('请假（1人）李红');
    expect(text).toContain('未到（1人）张伟');
  });

  it('uses English headings when the session prints in English', () => {
    const meeting = meetingWithCheckIns();
    const session = { ...meeting.sessions[0]!, print: { ...meeting.sessions[0]!.print, map: { ...meeting.sessions[0]!.print.map, language: 'en' as const } } };
    const words = attendanceReportPages(meeting, session, 'now').flatMap((p) => p.shapes).flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(words).toContain('Expected 3, present 1, on leave 1, not yet here 1');
    expect(words).toContain('Category');
    expect(words).toContain('Not yet here (1)');
  });

  it('a session the file does not have is an error, not a crash', async () => {
    const made = await attendanceReportPdf(serializeMeeting(meetingWithCheckIns()), 'nope');
    expect(made.ok).toBe(false);
  });
});
