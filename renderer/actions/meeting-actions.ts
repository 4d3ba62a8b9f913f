// Import a roster, arrange zones, print: the meeting's main commands.
import { arrangeZones, zoneIds } from '../../shared/arrange/arrange';
import { diffSeating } from '../../shared/arrange/changes';
import { seatedPlacements } from '../../shared/arrange/placements';
import { recordPrintedCards, replaceRoster } from '../../shared/model/edits';
import type { ExportPdfRequest } from '../../shared/platform';
import { rulesFor } from '../../shared/model/schema';
import { charactersWithoutStrokeData } from '../../shared/names/strokes';
import { serializeProject } from '../../shared/model/load';
import { MESSAGES } from '../i18n/i18n';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import { ctrl, type Action } from './action';
import { whenDone } from './host-result';

const messages = () => MESSAGES[useZuoci.getState().language];

export const importRosterAction: Action = {
  name: 'importRoster',
  label: (m) => m.importRoster,
  async perform() {
    whenDone(await platform.importRoster(), (roster) => {
      const state = useZuoci.getState();
      if (roster.people.length === 0) {
        return state.notify({ kind: 'error', text: messages().rosterEmpty(roster.fileName), details: roster.problems.map((p) => p.message) });
      }
      state.commit((project) => replaceRoster(project, roster.people));
      const details = roster.problems.map((problem) => problem.message);
      const text = messages().imported(roster.people.length, roster.fileName) + (details.length ? ' ' + messages().importProblems(details.length) : '');
      state.notify({ kind: details.length ? 'warning' : 'info', text, details });
    });
  },
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
  const details = diff.seats.slice(0, 50).map((c) => `${c.place}：${c.before ?? messages().emptySeat} → ${c.after ?? messages().emptySeat}`);
  const summary = diff.seats.length ? messages().changes(diff.seats.length, diff.cards.length) : messages().noChanges;
  state.notify({ kind: 'info', text: `${messages().arranged(seated)} ${summary}`, details });
  const byStrokes = arranged.project.venue.elements.some((e) => (!elementIds || elementIds.includes(e.id)) && rulesFor(arranged.project, e.id).order === 'strokes');
  const unknown = byStrokes ? charactersWithoutStrokeData(arranged.project.people.map((p) => p.name)) : [];
  if (unknown.length) state.notify({ kind: 'warning', text: messages().noStrokeData(unknown.join(' ')) });
  for (const zone of new Set(arranged.unplaced.map((u) => u.zoneName))) {
    const names = arranged.unplaced.filter((u) => u.zoneName === zone).map((u) => u.person.name);
    state.notify({ kind: 'warning', text: messages().unplaced(zone, names.length), details: [names.join('、')] });
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

/** Save a PDF of the current document; cards also record what was printed (8.2). */
export async function exportPdf(request: Omit<ExportPdfRequest, 'documentText'>): Promise<void> {
  const state = useZuoci.getState();
  whenDone(await platform.exportPdf({ ...request, documentText: serializeProject(state.project) }), (made) => {
    if (request.kind === 'cards') {
      state.notify({ kind: 'info', text: messages().cardsExported(made.cardCount, made.location) });
      if (made.cardCount) state.recordFact((project) => recordPrintedCards(project, made.printed));
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
