// 导出 Excel (issue 10 item 7): the user ticks which sheets, the host writes one .xlsx and saves it
// like a PDF (a save dialog in Electron, a download in the browser).
import { excelSheetKinds, type ExcelSheetKind } from '../../shared/export/sheet-kinds';
import { serializeProject } from '../../shared/model/load';
import { MESSAGES } from '../i18n/i18n';
import { askForm } from '../panels/dialogs/form';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { tell } from '../store/notice-words';
import type { Action } from './action';
import { whenDone } from './host-result';

export async function exportExcel(): Promise<void> {
  const state = useZuoci.getState();
  const messages = MESSAGES[state.language];
  const values = await askForm({
    title: messages.excelTitle,
    fields: excelSheetKinds.map((kind) => ({ key: kind, kind: 'check', label: messages.excelSheets[kind], initial: true })),
    submitLabel: messages.excelSubmit,
    check: (chosen) => (excelSheetKinds.some((kind) => chosen[kind]) ? null : messages.excelNone),
  });
  if (!values) return;
  const sheets: ExcelSheetKind[] = excelSheetKinds.filter((kind) => values[kind] === true);
  const { project } = useZuoci.getState();
  const suggestedName = `${project.meta.title || '会议'}-座次.xlsx`;
  whenDone(await platform.exportExcel({ documentText: serializeProject(project), sheets, suggestedName }), (made) => {
    tell({ kind: 'info', say: (m) => m.excelExported(made.sheetNames.length, made.location) });
  });
}

export const exportExcelAction: Action = {
  name: 'exportExcel',
  label: (m) => m.exportExcel,
  predicate: () => useZuoci.getState().project.people.length > 0,
  perform: exportExcel,
};
