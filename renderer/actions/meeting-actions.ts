// Import a roster, arrange the rostrum, export the cards.
import { arrangeZones, zoneIds } from '../../shared/arrange/arrange';
import { diffSeating } from '../../shared/arrange/changes';
import { seatedPlacements } from '../../shared/arrange/placements';
import { replaceRoster } from '../../shared/model/edits';
import { serializeProject } from '../../shared/model/load';
import { MESSAGES } from '../i18n/i18n';
import { platform } from '../platform/platform';
import { useZuoci } from '../store/store';
import type { Action } from './action';
import { whenDone } from './host-result';

const messages = () => MESSAGES[useZuoci.getState().language];

export const importRosterAction: Action = {
  name: 'importRoster',
  label: (m) => m.importRoster,
  async perform() {
    whenDone(await platform.importRoster(), (roster) => {
      const state = useZuoci.getState();
      if (roster.people.length === 0) {
        return state.notify({ kind: 'error', text: `${roster.fileName}：名单中没有可导入的人员。`, details: roster.problems.map((p) => p.message) });
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
  const arranged = arrangeZones(before, elementIds);
  state.commit(() => arranged.project);
  const diff = diffSeating(before, arranged.project);
  const zones = new Set(arranged.project.venue.elements.filter((e) => !elementIds || elementIds.includes(e.id)).map((e) => e.kind));
  const seated = seatedPlacements(arranged.project).filter(({ seat }) => zones.has(seat.zone)).length;
  const details = diff.seats.slice(0, 50).map((c) => `${c.place}：${c.before ?? '（空）'} → ${c.after ?? '（空）'}`);
  const summary = diff.seats.length ? messages().changes(diff.seats.length, diff.cards.length) : messages().noChanges;
  state.notify({ kind: 'info', text: `${messages().arranged(seated)} ${summary}`, details });
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

export const exportCardsAction: Action = {
  name: 'exportCards',
  label: (m) => m.exportCards,
  async perform() {
    const state = useZuoci.getState();
    const suggestedName = `${state.project.meta.title || '会议'}-座签.pdf`;
    whenDone(await platform.exportCards({ documentText: serializeProject(state.project), suggestedName }), (cards) => {
      state.notify({ kind: 'info', text: messages().cardsExported(cards.cardCount, cards.location) });
      if (cards.missingGlyphs.length) {
        const list = cards.missingGlyphs.map((m) => `${m.name}（${m.characters.join(' ')}）`).join('、');
        state.notify({ kind: 'warning', text: messages().missingGlyphs(list) });
      }
    });
  },
};
