// 打印座签变动清单 (8.2): the last arrangement's card changes as a PDF checklist for the staff who
// print the new cards and carry the moved ones; saved like any PDF.
import { serializeProject } from '../../shared/model/load';
import { platform } from '../platform/platform';
import { tell } from '../store/notice-words';
import type { Action } from './action';
import { useLastCardChange } from './card-changes-notice';
import { whenDone } from './host-result';

export const printCardChecklistAction: Action = {
  name: 'printCardChecklist',
  label: (m) => m.printCardChecklist,
  predicate: () => useLastCardChange.getState().change !== null,
  async perform() {
    const change = useLastCardChange.getState().change;
    if (!change) return;
    const suggestedName = `${change.after.meta.title || '会议'}-座签变动清单.pdf`;
    const request = { previousText: serializeProject(change.before), documentText: serializeProject(change.after), suggestedName };
    whenDone(await platform.exportCardChecklist(request), (made) => {
      tell({ kind: 'info', say: (m) => m.pdfExported(made.pageCount, made.location) });
    });
  },
};
