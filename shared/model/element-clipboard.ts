// 复制/粘贴 room elements: a copy holds the elements with their rules and per-seat overrides (not
// their people); pasting gives them fresh ids, so one copy can be pasted many times and into
// another session's room, and lays them 1 m further on while that spot is taken.
import { withFreshElementIds } from './meeting-from-plan';
import { elementOfSeat } from './ids';
import { withUniqueNames } from './unique-name';
import { withVenue, type ElementEdit } from './element-edits';
import { elementSchema, type Project, type Venue, type VenueElement, type ZoneRules } from './schema';

type SeatOverride = Venue['seatOverrides'][string];

export interface ElementClip {
  elements: readonly VenueElement[];
  rules: Readonly<Record<string, Partial<ZoneRules>>>;
  seatOverrides: Readonly<Record<string, SeatOverride>>;
}

export function copyElements(project: Project, ids: readonly string[]): ElementClip | null {
  const wanted = new Set(ids);
  const elements = project.venue.elements.filter((e) => wanted.has(e.id));
  if (!elements.length) return null;
  const rules = Object.fromEntries(Object.entries(project.rules as Record<string, Partial<ZoneRules>>).filter(([id]) => wanted.has(id)));
  const seatOverrides = Object.fromEntries(Object.entries(project.venue.seatOverrides).filter(([seat]) => wanted.has(elementOfSeat(seat))));
  return { elements, rules, seatOverrides };
}

const STEP = 100;

/** The clip in the plan's room, on fresh ids; the new ids come back in the clip's order. */
export function pasteElements(project: Project, clip: ElementClip): ElementEdit & { ids: string[] } {
  const elements = clip.elements.filter((e) => elementSchema.safeParse(e).success);
  if (!elements.length) return { project, unassigned: [], ids: [] };
  const fresh = withFreshElementIds({ ...project.venue, elements, seatOverrides: clip.seatOverrides });
  // Not on top of an element already there (pasting back into the room it came from).
  const taken = new Set(project.venue.elements.map((e) => `${e.x},${e.y}`));
  let shift = 0;
  while (shift < 50 * STEP && fresh.venue.elements.some((e) => taken.has(`${e.x + shift},${e.y + shift}`))) shift += STEP;
  const pasted = withUniqueNames(project.venue.elements, fresh.venue.elements.map((e) => ({ ...e, x: e.x + shift, y: e.y + shift }) as VenueElement));
  const rules = { ...(project.rules as Record<string, Partial<ZoneRules>>) };
  for (const [id, zone] of Object.entries(clip.rules)) rules[fresh.element(id)] = zone;
  const venue = {
    ...project.venue,
    elements: [...project.venue.elements, ...pasted],
    seatOverrides: { ...project.venue.seatOverrides, ...fresh.venue.seatOverrides },
  };
  return { ...withVenue({ ...project, rules }, venue), ids: pasted.map((e) => e.id) };
}
