// 到会情况 (the sign-in desk's report) for one session of a meeting the host validates first.
import { loadMeeting } from '../../../shared/model/load';
import { attendanceReportPages } from '../../../shared/print/attendance-report';
import type { HostResult, MadePdf } from '../../../shared/platform';
import { planOf } from '../../../shared/model/plan';
import { fontChainFor } from './print-cards';
import { renderPagesPdf } from './pages';
import { FontNotFoundError } from '../fonts/font-choice';

/** The local time the report is made, as staff read it: 2026-11-26 09:05. */
export function reportTime(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export async function attendanceReportPdf(documentText: string, sessionId: string | undefined, at = reportTime()): Promise<HostResult<{ pdf: Buffer; pageCount: number }>> {
  const loaded = loadMeeting(documentText);
  if (!loaded.ok) return { ok: false, message: loaded.error.message };
  const meeting = loaded.value;
  const session = sessionId === undefined ? meeting.sessions[0]! : meeting.sessions.find((s) => s.id === sessionId);
  if (!session) return { ok: false, message: `文件中没有这个场次：${sessionId}` };
  const pages = attendanceReportPages(meeting, session, at);
  try {
    const pdf = await renderPagesPdf(pages, fontChainFor(planOf(meeting, session.id)), `${meeting.meta.title}到会情况`);
    return { ok: true, value: { pdf, pageCount: pages.length } };
  } catch (error) {
    if (error instanceof FontNotFoundError) return { ok: false, message: error.message };
    throw error;
  }
}

export async function printAttendanceReport(documentText: string, sessionId: string | undefined): Promise<HostResult<MadePdf & { pdf: Buffer }>> {
  const made = await attendanceReportPdf(documentText, sessionId);
  if (!made.ok) return made;
  return { ok: true, value: { ...made.value, cardCount: 0, printed: {}, missingGlyphs: [] } };
}
