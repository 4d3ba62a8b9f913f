// The built-in sample meeting the app opens with: a 7-seat rostrum and a 5 × 10 hall.
import { CURRENT_SCHEMA_VERSION, DEFAULT_ORDERING, DEFAULT_PRINT_SETTINGS, FORMAT_NAME, type ObjectElement, type Project, type Venue } from './schema';
import { meetingFromPlan, withFreshIds } from './meeting-from-plan';
import type { Meeting, SessionKind } from './meeting-schema';
import { freshRoom } from './session-edits';
import { QUICK_ROSTRUM_ID, quickVenue } from './quick-venue';

export const SAMPLE_ROSTRUM_ID = QUICK_ROSTRUM_ID;

export function emptyProject(venue = quickVenue({ rostrumRows: [7], hall: { rows: 5, seatsPerRow: 10, aisles: [] } })): Project {
  return {
    format: FORMAT_NAME,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: '示例会议', date: '', place: '', status: 'draft' },
    venue,
    people: [],
    assignment: {},
    locks: [],
    rules: {},
    ordering: { ...DEFAULT_ORDERING },
    print: { ...DEFAULT_PRINT_SETTINGS },
  };
}

export function sampleProject(): Project {
  const project = emptyProject();
  const rostrum = project.venue.elements.find((element) => element.id === SAMPLE_ROSTRUM_ID)!;
  // The speaker's desk stands at the rostrum's right front as its occupants see it (protocol 1.7),
  // which is the audience's left.
  const speakerDesk: ObjectElement = {
    id: 'speaker-desk', kind: 'object', objectType: 'speaker-desk', label: '发言席',
    x: rostrum.x - 140, y: rostrum.y + 40, width: 90, depth: 60, rotation: 0,
  };
  return { ...project, venue: { ...project.venue, name: '示例会场', elements: [...project.venue.elements, speakerDesk] } };
}

/** The meeting the app opens with: the sample room as its one session, with fresh ids. */
export function sampleMeeting(): Meeting {
  return meetingFromPlan(withFreshIds(sampleProject()));
}

/** A new meeting in a room (a built-in template): one session, nobody on the roster yet. */
export function newMeeting(room: { venue: Venue; rules: Project['rules'] }, title: string, kind: SessionKind = 'plenary'): Meeting {
  const meeting = meetingFromPlan({ ...emptyProject(room.venue), rules: room.rules, meta: { title, date: '', place: '', status: 'draft' } }, kind);
  const session = meeting.sessions[0]!;
  const fresh = freshRoom(session.venue, session.rules);
  return { ...meeting, sessions: [{ ...session, ...fresh }] };
}
