// The import's steps, outside React: a file or a paste opens the mapping dialog; confirming
// imports into an empty meeting at once, or shows the merge with the roster it already has; the
// merge is applied as one undo step (commitMeeting). Nothing replaces a roster without showing how.
import { findRostrumMarks, proposeMapping, type ColumnMapping, type Table } from '../../../shared/roster/mapping';
import { rosterFromTable } from '../../../shared/roster/import-table';
import { applyMerge, planMerge, type ComparedField, type MergePlan } from '../../../shared/roster/merge';
import { parseTabbedText, proposePasteMapping } from '../../../shared/roster/paste';
import type { RosterImport } from '../../../shared/roster/people-from-table';
import type { RosterField } from '../../../shared/roster/columns';
import { replaceMeetingRoster } from '../../../shared/model/session-edits';
import { platform } from '../../platform/platform';
import { useZuoci } from '../../store/store';
import { tell } from '../../store/notice-words';
import type { Messages } from '../../i18n/zh-CN';
import { warnOverfullZones } from '../../actions/overfull-notice';
import { useImport, type ImportSession } from './import-state';


function startSession(fileName: string | null, table: Table, mapping: ColumnMapping): void {
  const marks = findRostrumMarks(table, mapping);
  useImport.getState().open({
    fileName, table, mapping, step: { kind: 'mapping' },
    // Default on when found (a 座区 column may hold only 台下 or 主桌: still the office's own zones).
    useRostrumMarks: marks !== null,
    keepRemoved: fileName === null,
  });
}

/** 导入名单: pick a file; the host reads it (in its worker) as a table; the dialog maps it. */
export async function startFileImport(): Promise<void> {
  const state = useImport.getState();
  state.open({ fileName: '', step: { kind: 'reading' }, table: [], mapping: { headerRow: -1, columns: [] }, useRostrumMarks: false, keepRemoved: false });
  const reading = useImport.getState().session;
  try {
    const read = await platform.readRosterTable();
    // 取消 while the host was reading: the user no longer wants this file.
    if (useImport.getState().session !== reading) return;
    if (!read.ok) {
      state.close();
      if ('message' in read) useZuoci.getState().notify({ kind: 'error', text: read.message });
      return;
    }
    startSession(read.value.fileName, read.value.rows, proposeMapping(read.value.rows));
  } catch (error) {
    if (useImport.getState().session === reading) state.close();
    throw error;
  }
}

/** 粘贴名单 without cells at hand: the dialog's box takes a Ctrl+V. */
export function startPasteBox(): void {
  useImport.getState().open({ fileName: null, step: { kind: 'paste', problem: null }, table: [], mapping: { headerRow: -1, columns: [] }, useRostrumMarks: false, keepRemoved: true });
}

/** Cells pasted (on the page or into the box): straight to the mapping step. */
export function startPaste(text: string): boolean {
  const table = parseTabbedText(text);
  if (table.length === 0) return false;
  startSession(null, table, proposePasteMapping(table));
  return true;
}

/** The last result, kept while the table, mapping and rostrum answer stay (10,000 rows take ~0.1 s). */
let last: { table: Table; mapping: ColumnMapping; useRostrumMarks: boolean; result: RosterImport } | null = null;

export function importedFrom(session: ImportSession): RosterImport {
  const { table, mapping, useRostrumMarks } = session;
  if (last && last.table === table && last.mapping === mapping && last.useRostrumMarks === useRostrumMarks) return last.result;
  last = { table, mapping, useRostrumMarks, result: rosterFromTable(table, mapping, { useRostrumMarks }) };
  return last.result;
}

const COMPARED: Partial<Record<RosterField, ComparedField>> = {
  name: 'name', unit: 'unit', title: 'title', rank: 'rank', category: 'category', gender: 'gender', ethnicity: 'ethnicity',
  note: 'note', group: 'group', role: 'role', agenda: 'agendaItems', externalId: 'externalId',
};

/** What the new list speaks for: the mapped columns (and 座区 only when its marks are used). */
export function comparedFields(session: ImportSession): ComparedField[] {
  const fields = session.mapping.columns.flatMap((field) => (field && COMPARED[field] ? [COMPARED[field]] : []));
  return session.useRostrumMarks && findRostrumMarks(session.table, session.mapping) ? [...fields, 'seatZone'] : fields;
}

export function mergePlanFor(session: ImportSession, imported: RosterImport): MergePlan {
  return planMerge(useZuoci.getState().meeting.people, imported.people, comparedFields(session));
}

/** 导入 on the mapping step: an empty meeting takes the people at once; otherwise the merge is shown. */
export function confirmMapping(): void {
  const session = useImport.getState().session;
  if (!session) return;
  if (useZuoci.getState().meeting.people.length > 0) return useImport.getState().update({ step: { kind: 'merge' } });
  const imported = importedFrom(session);
  if (imported.people.length === 0) return;
  const state = useZuoci.getState();
  state.commitMeeting((meeting) => replaceMeetingRoster(meeting, imported.people));
  useImport.getState().close();
  noticeProblems((m) => m.imported(imported.people.length, session.fileName ?? m.importDialog.pastedCells), imported);
  warnOverfullZones();
}

/** 应用变动 on the merge step: one undo step; the removed are named. */
export function applyMergeNow(): void {
  const session = useImport.getState().session;
  if (!session) return;
  const imported = importedFrom(session);
  const plan = mergePlanFor(session, imported);
  const state = useZuoci.getState();
  state.commitMeeting((meeting) => applyMerge(meeting, imported.people, plan, { keepRemoved: session.keepRemoved }));
  useImport.getState().close();
  const removed = session.keepRemoved ? [] : plan.removed;
  noticeProblems((m) => m.importDialog.applied(session.fileName ?? m.importDialog.pastedCells, imported.people.length, plan.added.length, removed.length, plan.changed.length), imported);
  if (removed.length) tell({ kind: 'warning', key: 'import:removed', say: (m) => m.importDialog.removedUnseated(removed.map((p) => p.name).join(m.importDialog.listSeparator)) });
  warnOverfullZones();
}

/** The import's result, with its problems row by row; worded again when the UI language changes. */
function noticeProblems(say: (m: Messages) => string, imported: RosterImport): void {
  const problems = imported.problems;
  tell({
    kind: problems.length ? 'warning' : 'info', key: 'import',
    say: (m) => say(m) + (problems.length ? ' ' + m.importProblems(problems.length) : ''),
    sayDetails: (_m, language) => problems.map((problem) => (language === 'en' ? problem.en ?? problem.message : problem.message)),
  });
}
