// Import a roster, arrange zones, print: the meeting's main commands.
import { arrangeZones, zoneIds } from '../../shared/arrange/arrange';
import { diffSeating } from '../../shared/arrange/changes';
import { cardChanges } from '../../shared/arrange/card-changes';
import { cardChangesNotice } from './card-changes-notice';
import { warnOverfullZones } from './overfull-notice';
import { seatedPlacements } from '../../shared/arrange/placements';
import { recordPrintedAcross } from '../../shared/model/session-edits';
import type { ExportPdfRequest } from '../../shared/platform';
import { rulesFor } from '../../shared/model/schema';
import { charactersWithoutStrokeData } from '../../shared/names/strokes';
import { serializeMeeting, serializeProject } from '../../shared/model/load';
import { MESSAGES } from '../i18n/i18n';
import { placeName } from '../../shared/i18n/place-names';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { ctrl, type Action } from './action';
import { whenDone } from './host-result';
import { startFileImport } from '../panels/import/import-flow';

const messages = () => MESSAGES[useZuoci.getState().language];

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
  const english = state.language === 'en';
  const details = diff.seats.slice(0, 50).map((c) => `${english ? `${c.placeEn}: ` : `${c.place}：`}${c.before ?? messages().emptySeat} → ${c.after ?? messages().emptySeat}`);
  // Cards to reprint are the new ones of 8.2, as the card notice below lists them: a card that only
  // moves, or is taken away, is not printed again.
  const reprint = cardChanges(before, arranged.project).anew.length;
  const summary = diff.seats.length ? messages().changes(diff.seats.length, reprint) : messages().noChanges;
  // A new arrangement's notices replace the last one's (key 'arrange' and those below it).
  state.notify({ kind: 'info', key: 'arrange', text: `${messages().arranged(seated)} ${summary}`, details });
  cardChangesNotice(before, arranged.project);
  // The roster's 座区 marks counted again (absences since the import): never an out-of-date list of who will not fit.
  warnOverfullZones();
  const byStrokes = arranged.project.venue.elements.some((e) => (!elementIds || elementIds.includes(e.id)) && rulesFor(arranged.project, e.id).order === 'strokes');
  const unknown = byStrokes ? charactersWithoutStrokeData(arranged.project.people.map((p) => p.name)) : [];
  if (unknown.length) state.notify({ kind: 'warning', key: 'arrange:strokes', text: messages().noStrokeData(unknown.join(' ')) });
  for (const zone of new Set(arranged.unplaced.map((u) => u.zoneName))) {
    const names = arranged.unplaced.filter((u) => u.zoneName === zone).map((u) => u.person.name);
    state.notify({ kind: 'warning', key: `arrange:unplaced:${zone}`, text: messages().unplaced(placeName(zone, state.language), names.length), details: [names.join(state.language === 'en' ? ', ' : '、')] });
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
      state.notify({ kind: 'info', text: messages().cardsExported(made.cardCount, made.location) });
      if (made.cardCount) state.recordMeetingFact((meeting) => recordPrintedAcross(meeting, made.printed));
    } else {
      state.notify({ kind: 'info', text: messages().pdfExported(made.pageCount, made.location) });
    }
    if (made.missingGlyphs.length) {
      const list = made.missingGlyphs.map((m) => `${m.name}（${m.characters.join(' ')}）`).join('、');
      state.notify({ kind: 'warning', text: messages().missingGlyphs(list) });
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
