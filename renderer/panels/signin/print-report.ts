// 打印到会情况: the host makes the PDF from the meeting (it validates the document like any file).
import { serializeMeeting } from '../../../shared/model/load';
import { MESSAGES } from '../../i18n/i18n';
import { platform } from '../../platform/platform';
import { whenDone } from '../../actions/host-result';
import { useZuoci } from '../../store/store';

export async function printAttendanceReport(): Promise<void> {
  const state = useZuoci.getState();
  const t = MESSAGES[state.language].desk;
  const session = state.meeting.sessions.find((s) => s.id === state.sessionId);
  const suggestedName = `${state.meeting.meta.title || '会议'}-${session?.name ?? ''}-到会情况.pdf`;
  const result = await platform.exportPdf({ kind: 'attendance', documentText: serializeMeeting(state.meeting), sessionIds: [state.sessionId], suggestedName, openAfter: true });
  whenDone(result, (made) => state.notify({ kind: 'info', text: t.reportSaved(made.location) }));
}
