// bench/pdf: 1,000 tent cards (goal: under 3 s and 3 MB) and a 3,000-seat map (goal: under 2 s).
import { arrangeZones } from '../shared/arrange/arrange';
import { quickVenue } from '../shared/model/quick-venue';
import { emptyProject } from '../shared/model/sample';
import { printCards } from '../electron/services/pdf/print-cards';
import { printSeatMap } from '../electron/services/pdf/print-map';
import { generateRoster } from './roster';

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

// 1,000 cards: a rostrum of 10 rows of 100 (cards go to every rostrum seat).
const cardsProject = arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: Array(10).fill(100) })), people: generateRoster(1_000).map((p) => ({ ...p, category: '出席' })) }).project;
await printCards(cardsProject); // warm up: font parsing, caches
for (const format of ['a4-fold2', 'a4-fold3', 'insert-200x100'] as const) {
  const { ms, result } = await timed(() => printCards({ ...cardsProject, print: { ...cardsProject.print, cardFormat: format } }));
  console.log(`1,000 cards ${format.padEnd(15)} ${(ms / 1000).toFixed(2)} s  ${(result.pdf.length / 1048576).toFixed(2)} MB  (${result.cardCount} cards)`);
}

// A 3,000-seat map: a 3-row rostrum and a hall of 50 rows of 60 with two aisles, A3.
const mapProject = arrangeZones({
  ...emptyProject(quickVenue({ rostrumRows: [14, 14, 14], hall: { rows: 50, seatsPerRow: 60, aisles: [15, 45] } })),
  people: generateRoster(3_000),
}).project;
const { ms, result } = await timed(() => printSeatMap(mapProject));
console.log(`3,000-seat map, A3            ${(ms / 1000).toFixed(2)} s  ${(result.pdf.length / 1048576).toFixed(2)} MB  (${result.pageCount} pages)`);
