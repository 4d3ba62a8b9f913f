// Per-seat overrides (座位设置): a seat disabled (broken or removed), given its own label, or
// reserved for a category (工作人员, 媒体 fixed seats). One function per field, so each change in
// the panel is one undo step; a seat whose overrides are all cleared leaves the list.
import { withVenue, type ElementEdit } from './element-edits';
import type { Project, SeatOverride } from './schema';

export type SeatOverrideChange =
  | { field: 'disabled'; value: boolean }
  /** An empty label goes back to the seat's own number. */
  | { field: 'label'; value: string }
  /** An empty category ends the reservation. */
  | { field: 'reserved'; value: string };

function applied(override: SeatOverride | undefined, change: SeatOverrideChange): SeatOverride | null {
  const { [change.field]: _old, ...rest } = override ?? {};
  const value = typeof change.value === 'string' ? change.value.trim().slice(0, 20) : change.value;
  const next: SeatOverride = value ? { ...rest, [change.field]: value } : rest;
  return Object.keys(next).length ? next : null;
}

/** The plan with one override field set on these seats; people on seats now disabled are unassigned and listed. */
export function setSeatOverride(project: Project, seatIds: readonly string[], change: SeatOverrideChange): ElementEdit {
  const overrides: Record<string, SeatOverride> = { ...project.venue.seatOverrides };
  for (const seatId of seatIds) {
    const next = applied(overrides[seatId], change);
    if (next) overrides[seatId] = next;
    else delete overrides[seatId];
  }
  return withVenue(project, { ...project.venue, seatOverrides: overrides });
}
