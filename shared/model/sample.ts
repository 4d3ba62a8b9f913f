// The built-in sample meeting the app opens with: a 7-seat rostrum and a 5 × 10 hall.
// The speaker's desk stands at the rostrum's right front as its occupants see it (protocol 1.7),
// which is the audience's left.
import { CURRENT_SCHEMA_VERSION, DEFAULT_PRINT_SETTINGS, FORMAT_NAME, type Project } from './schema';

export const SAMPLE_ROSTRUM_ID = 'rostrum-1';
export const SAMPLE_HALL_ID = 'hall-1';

export function sampleProject(): Project {
  return {
    format: FORMAT_NAME,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    meta: { title: '示例会议', date: '', place: '会议室', status: 'draft' },
    venue: {
      name: '示例会场',
      width: 1200,
      depth: 1000,
      elements: [
        { id: SAMPLE_ROSTRUM_ID, kind: 'rostrum', name: '主席台', x: 320, y: 80, rows: [7], seatPitch: 80, rowPitch: 120 },
        { id: 'speaker-desk', kind: 'object', objectType: 'speaker-desk', label: '发言席', x: 200, y: 150, width: 80, depth: 60 },
        {
          id: SAMPLE_HALL_ID, kind: 'hall', name: '台下', x: 325, y: 400, rows: 5, seatsPerRow: 10,
          aisles: [], seatPitch: 55, rowPitch: 90, aisleWidth: 120,
        },
      ],
      seatOverrides: {},
    },
    people: [],
    assignment: {},
    locks: [],
    rules: {},
    print: { ...DEFAULT_PRINT_SETTINGS },
  };
}
