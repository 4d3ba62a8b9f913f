// Import a roster, arrange zones, print: the meeting's main commands.
import { arrangeZones, zoneIds } from '../../shared/arrange/arrange';
import { diffSeating } from '../../shared/arrange/changes';
import { cardChanges } from '../../shared/arrange/card-changes';
import { cardChangesNotice } from './card-changes-notice';
import { warnOverfullZones } from './overfull-notice';
import { tell } from '../store/notice-words';
import type { Messages } from '../i18n/zh-CN';
import { seatedPlacements } from '../../shared/arrange/placements';
import { recordPrintedAcross } from '../../shared/model/session-edits';
import type { ExportPdfRequest } from '../../shared/platform';
import { rulesFor } from '../../shared/model/schema';
import { charactersWithoutStrokeData } from '../../shared/names/strokes';
import { serializeMeeting, serializeProject } from '../../shared/model/load';
import { placeName } from '../../shared/i18n/place-names';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { ctrl, type Action } from './action';
import { whenDone } from './host-result';
import { startFileImport } from '../panels/import/import-flow';


export const importRosterAction: Action = {
  name: 'importRoster',
  label: (m) => m.importRoster,
  // Through the column-mapping dialog (renderer/panels/import): a preview first, a merge when the meeting has people.
  perform: () => startFileImport(),
};

/** Arrange some zones (or all) as one undo step, then say what changed (8.2) and who did not fit. */
export function arrangeZonesNow(elementIds?: string[]): void {
  const state = useZuoci.getState();
  const before = state.project;
  const arranged = arrangeZones(before, elementIds, { reportUnzoned: true });
  state.commit(() => arranged.project);
  const diff = diffSeating(before, arranged.project);
  const zones = new Set(arranged.project.venue.elements.filter((e) => !elementIds || elementIds.includes(e.id)).map((e) => e.kind));
  const seated = seatedPlacements(arranged.project).filter(({ seat }) => zones.has(seat.zone)).length;
  // Reprinting is only spoken of once cards were printed for this session (8.2); before that the
  // cards are simply still to print. Cards to reprint are the new ones of 8.2, as the card notice
  // below lists them: a card that only moves, or is taken away, is not printed again.
  const printedBefore = Object.keys(before.print.lastPrinted).length > 0;
  const reprint = cardChanges(before, arranged.project).anew.length;
  const summary = (m: Messages) => (!diff.seats.length ? m.noChanges
    : printedBefore ? m.changes(diff.seats.length, reprint)
      : `${m.datafix.seatsChanged(diff.seats.length)}${diff.cards.length ? ` ${m.datafix.cardsToPrint(diff.cards.length)}` : ''}`);
  // A new arrangement's notices replace the last one's (key 'arrange' and those below it); each is
  // worded again when the UI language changes.
  tell({
    kind: 'info', key: 'arrange',
    say: (m) => `${m.arranged(seated)} ${summary(m)}`,
    sayDetails: (m, language) => diff.seats.slice(0, 50).map((c) => `${language === 'en' ? `${c.placeEn}: ` : `${c.place}：`}${c.before ?? m.emptySeat} → ${c.after ?? m.emptySeat}`),
  });
  cardChangesNotice(before, arranged.project);
  // The roster's 座区 marks counted again (absences since the import): never an out-of-date list of who will not fit.
  warnOverfullZones();
  const byStrokes = arranged.project.venue.elements.some((e) => (!elementIds || elementIds.includes(e.id)) && rulesFor(arranged.project, e.id).order === 'strokes');
  const unknown = byStrokes ? charactersWithoutStrokeData(arranged.project.people.map((p) => p.name)) : [];
  if (unknown.length) tell({ kind: 'warning', key: 'arrange:strokes', say: (m) => m.noStrokeData(unknown.join(' ')) });
  for (const zone of new Set(arranged.unplaced.map((u) => u.zoneName))) {
    const names = arranged.unplaced.filter((u) => u.zoneName === zone).map((u) => u.person.name);
    tell({ kind: 'warning', key: `arrange:unplaced:${zone}`, say: (m, language) => m.unplaced(placeName(zone, language), names.length), sayDetails: (_m, language) => [names.join(language === 'en' ? ', ' : '、')] });
  }
}

export const arrangeRostrumAction: Action = {
  name: 'arrangeRostrum',
  label: (m) => m.arrangeRostrum,
  perform: () => arrangeZonesNow(zoneIds(useZuoci.getState().project, 'rostrum')),
};

export const arrangeAllAction: Action = {
  name: 'arrangeAll',
  label: (m) => m.arrangeAll,
  perform: () => arrangeZonesNow(),
};

/**
 * Save a PDF of the open session (or, with `sessionIds`, of several sessions' cards at once); cards
 * also record what was printed (8.2), in whichever session each seat belongs to.
 */
export async function exportPdf(request: Omit<ExportPdfRequest, 'documentText'>): Promise<void> {
  const state = useZuoci.getState();
  const documentText = request.sessionIds ? serializeMeeting(state.meeting) : serializeProject(state.project);
  whenDone(await platform.exportPdf({ ...request, documentText }), (made) => {
    if (request.kind === 'cards') {
      tell({ kind: 'info', say: (m) => m.cardsExported(made.cardCount, made.location) });
      if (made.cardCount) state.recordMeetingFact((meeting) => recordPrintedAcross(meeting, made.printed));
    } else {
      tell({ kind: 'info', say: (m) => m.pdfExported(made.pageCount, made.location) });
    }
    if (made.missingGlyphs.length) {
      const list = (language: string) => made.missingGlyphs.map((g) => (language === 'en' ? `${g.name} (${g.characters.join(' ')})` : `${g.name}（${g.characters.join(' ')}）`)).join(language === 'en' ? ', ' : '、');
      tell({ kind: 'warning', say: (m, language) => m.missingGlyphs(list(language)) });
    }
  });
}

export const exportCardsAction: Action = {
  name: 'exportCards',
  label: (m) => m.exportCards,
  perform: () => exportPdf({ kind: 'cards', suggestedName: `${useZuoci.getState().project.meta.title || '会议'}-座签.pdf`, openAfter: false }),
};

export const printAction: Action = {
  name: 'print',
  label: (m) => m.print,
  shortcut: 'Ctrl+P',
  inTextFields: true,
  keyTest: (event) => ctrl(event, 'p'),
  perform: () => useZuoci.getState().setPrintDialogOpen(true),
};

/** 分组讨论 and the like: the cards of every session of the open one's kind, in one PDF. */
export const printSessionsCardsAction: Action = {
  name: 'printSessionsCards',
  label: (m) => m.sessions.printAllOfKind,
  predicate: () => sessionsOfOpenKind().length > 1,
  perform: () => exportPdf({
    kind: 'cards', selection: { zones: ['rostrum', 'table', 'hall'] }, sessionIds: sessionsOfOpenKind(),
    suggestedName: `${useZuoci.getState().meeting.meta.title || '会议'}-各场座签.pdf`, openAfter: false,
  }),
};

function sessionsOfOpenKind(): string[] {
  const { meeting, sessionId } = useZuoci.getState();
  const kind = meeting.sessions.find((s) => s.id === sessionId)?.kind;
  return meeting.sessions.filter((s) => s.kind === kind).map((s) => s.id);
}
