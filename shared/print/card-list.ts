// Which cards to print and in what order (protocol 6.1, 6.5, 8.2): seating order, so staff can lay
// them out walking along the tables; all, some zones, a selection, or only what changed.
import { pinyin } from 'pinyin-pro';
import type { Person, PrintSettings, Project } from '../model/schema';
import { shownRow, type Seat, type Zone } from '../layout/seats';
import { seatedPlacements } from '../arrange/placements';
import { agendaItemsOf } from '../arrange/agenda-turns';

export interface CardSpec {
  seatId: string;
  name: string;
  secondLine: string;
  /** A pinyin line for foreign guests, e.g. WANG Wei. */
  english?: string;
  /** Small placement code on the card, e.g. 主席台 1排 3座. */
  code: string;
  /** A later occupant of a seat used in turn by agenda item (4.1): printed, not recorded as the seat's card. */
  turn?: true;
}

export interface CardSelection {
  /** Zones to print; cards go to the rostrum and tables by default (6.1). */
  zones?: readonly Zone[];
  /** Only these seats (a selection on the canvas). */
  seatIds?: readonly string[];
  /** Only cards whose name differs from the last print (8.2). */
  changedOnly?: boolean;
}

/** 主席台 1排 3座; a table has no rows: 主桌 3座. */
export const placementCode = (seat: Seat): string =>
  seat.zone === 'table' ? `${seat.zoneName} ${seat.label}座` : `${seat.zoneName} ${shownRow(seat)}排 ${seat.label}座`;

function secondLine(settings: PrintSettings, person: Person): string {
  if (settings.secondLine === 'title') return person.title;
  if (settings.secondLine === 'unit') return person.unit;
  return '';
}

/** 王伟 → WANG Wei, 欧阳少东 → OUYANG Shaodong; a Latin name stays as it is. */
export function englishName(name: string): string {
  if (!/\p{Script=Han}/u.test(name)) return name;
  const syllables = pinyin(name, { surname: 'head', toneType: 'none', type: 'array' }) as string[];
  const compound = /^(欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|轩辕|令狐|端木|独孤|南宫)/.test(name) ? 2 : 1;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return `${syllables.slice(0, compound).join('').toUpperCase()} ${capital(syllables.slice(compound).join(''))}`.trim();
}

export function cardList(project: Project, selection: CardSelection = {}): CardSpec[] {
  const zones = selection.zones ?? ['rostrum', 'table'];
  const only = selection.seatIds ? new Set(selection.seatIds) : null;
  const { print } = project;
  const people = new Map(project.people.map((p) => [p.id, p]));
  const card = (seat: Seat, person: Person, turn: boolean): CardSpec => ({
    seatId: seat.id,
    name: person.name,
    secondLine: secondLine(print, person),
    ...(print.englishLine ? { english: englishName(person.name) } : {}),
    code: turn && agendaItemsOf(person).length ? `${placementCode(seat)}（议题${agendaItemsOf(person).join('、')}）` : placementCode(seat),
    ...(turn ? { turn: true as const } : {}),
  });
  return seatedPlacements(project, zones)
    .filter(({ seat }) => !only || only.has(seat.id))
    .flatMap(({ seat, person }) => {
      // The people who use this seat for later agenda items get their own cards, after the first's.
      const later = selection.changedOnly ? [] : (project.sharedSeats?.[seat.id] ?? []).flatMap((id) => people.get(id) ?? []);
      const first = !selection.changedOnly || print.lastPrinted[seat.id] !== person.name ? [card(seat, person, false)] : [];
      return [...first, ...later.map((p) => card(seat, p, true))];
    });
}
