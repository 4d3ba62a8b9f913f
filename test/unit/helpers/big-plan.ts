// A plan with a 7-seat rostrum and a 20 × 30 hall, for tests that need many seats.
import { quickVenue } from '../../../shared/model/quick-venue';
import { sampleProject } from '../../../shared/model/sample';
import type { Project } from '../../../shared/model/schema';

export function quickVenueProject(): Project {
  return { ...sampleProject(), venue: quickVenue({ rostrumRows: [7], hall: { rows: 20, seatsPerRow: 30, aisles: [] } }), rules: {} };
}
