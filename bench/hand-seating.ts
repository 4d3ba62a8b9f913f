// bench/hand-seating: the cost of one hand step at 10,000 people in a 10,000-seat hall, all
// arranged — the edit itself (move/swap, a drop of 20 roster rows, unseat) and the status bar's
// counts recomputed after it — beside the bare baseline of copying the assignment once (the least
// any edit of it costs). Prints medians; run with `npx tsx bench/hand-seating.ts`.
import { arrangeZones } from '../shared/arrange/arrange';
import { deriveSeats } from '../shared/layout/seats';
import { moveSeatedPerson, placeFromRoster, seatingCounts, unseat } from '../shared/model/hand-seating';
import { quickVenue } from '../shared/model/quick-venue';
import { emptyProject } from '../shared/model/sample';
import { generateRoster } from './roster';
import { medianMs } from './timing';


const venue = quickVenue({ rostrumRows: [], hall: { rows: 100, seatsPerRow: 101, aisles: [25, 75] } });
const seats = deriveSeats(venue);
const arranged = arrangeZones({ ...emptyProject(venue), people: generateRoster(10_000) }).project;
const usable = new Set(seats.filter((s) => !s.disabled).map((s) => s.id));
const seated = Object.keys(arranged.assignment);
const [a, b] = [seated[10]!, seated[5000]!];
const emptySeat = seats.find((s) => !arranged.assignment[s.id])!.id;
const unseated = unseat(arranged, seated.slice(0, 20));
const freed = seated.slice(0, 20).map((seat) => arranged.assignment[seat]!);
const options = { lockOnDrop: true };

const rows: [string, number][] = [
  ['baseline: copy the assignment once', medianMs(() => ({ ...arranged.assignment }))],
  ['move to an empty seat', medianMs(() => moveSeatedPerson(arranged, a, emptySeat, options))],
  ['swap two people', medianMs(() => moveSeatedPerson(arranged, a, b, options))],
  [`drop ${freed.length} roster rows (fill in order)`, medianMs(() => placeFromRoster(unseated, freed, seats[0]!.id, seats, options))],
  ['unseat one (drag off / Delete)', medianMs(() => unseat(arranged, [a]))],
  ['status counts (unseated, empty seats)', medianMs(() => seatingCounts(arranged, usable))],
];
console.log(`hand seating, ${arranged.people.length} people, ${seats.length} seats (${seated.length} seated)`);
for (const [name, ms] of rows) console.log(`  ${name.padEnd(44)} ${ms.toFixed(2)} ms`);
