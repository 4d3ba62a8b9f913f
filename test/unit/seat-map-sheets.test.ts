// Protocol 7 / issue 11: a name in every seat wherever it is at least 6 pt; a hall too large for
// that is cut into sheets that each hold as many aisle blocks and rows as stay legible.
import { describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { quickVenue } from '../../shared/model/quick-venue';
import { emptyProject } from '../../shared/model/sample';
import { MIN_NAME_MM } from '../../shared/print/seat-map-frame';
import { seatMapPages } from '../../shared/print/seat-map-layout';
import type { Shape } from '../../shared/print/shapes';
import { generateRoster } from '../../bench/roster';

type Text = Extract<Shape, { kind: 'text' }>;

function planned(rows: number, seatsPerRow: number, aisles: number[], people: number) {
  return arrangeZones({ ...emptyProject(quickVenue({ rostrumRows: [14, 14], hall: { rows, seatsPerRow, aisles } })), people: generateRoster(people) }).project;
}

describe('seat map sheets', () => {
  it('a 3,000-seat hall on A3: every seated name appears at 6 pt or more, sheets hold several blocks', () => {
    const project = planned(50, 60, [15, 45], 3_000);
    const pages = seatMapPages(project, { paper: 'A3', landscape: true, view: 'a', rowLabels: 'arabic' });
    const seated = new Set(Object.values(project.assignment));
    const names = project.people.filter((p) => seated.has(p.id)).map((p) => p.name);
    const texts = pages.flatMap((page) => page.shapes.filter((s): s is Text => s.kind === 'text'));
    const printed = new Map<string, number>();
    for (const text of texts) printed.set(text.text, Math.max(printed.get(text.text) ?? 0, text.size));
    for (const name of names) expect(printed.get(name) ?? 0, name).toBeGreaterThanOrEqual(MIN_NAME_MM);
    // Fewer sheets than one per aisle block per page of rows: blocks share sheets.
    expect(pages[0]!.shapes.some((s) => s.kind === 'text' && s.text.startsWith('见第'))).toBe(true);
    const titles = pages.slice(1).map((page) => (page.shapes[0] as Text).text);
    expect(titles.some((title) => /第1–\d+列/.test(title) && !/第1–15列/.test(title))).toBe(true);
  });

  it('a small room fits one sheet with every name on it', () => {
    const project = planned(3, 10, [], 40);
    const pages = seatMapPages(project, { paper: 'A3', landscape: true, view: 'a', rowLabels: 'arabic' });
    expect(pages).toHaveLength(1);
    const texts = new Set(pages[0]!.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : [])));
    for (const person of project.people) expect(texts.has(person.name)).toBe(true);
  });
});
