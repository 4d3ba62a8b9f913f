// New elements from the palette land at a free spot of the room, not over its seats or each other;
// a second 台下 is 台下 2 (Hall 2 in English); a click over a table standing on a hall picks the table.
import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../shared/model/free-spot';
import { elementAt, elementBox, boxesMeet } from '../../shared/model/element-frame';
import { addElement, duplicateElement } from '../../shared/model/element-edits';
import { copyElements, pasteElements } from '../../shared/model/element-clipboard';
import { paletteElement, PALETTE_ITEMS } from '../../shared/model/palette';
import { emptyProject } from '../../shared/model/sample';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { uniqueLabel, withUniqueNames } from '../../shared/model/unique-name';
import { placeName } from '../../shared/i18n/place-names';
import type { ObjectElement, Project, VenueElement } from '../../shared/model/schema';

const box = (id: string, x: number, y: number, width = 100, depth = 50): ObjectElement =>
  ({ id, kind: 'object', objectType: 'screen', label: id, x, y, width, depth, rotation: 0 });

const inRoom = (venue: Project['venue'], e: VenueElement) => {
  const b = elementBox(e);
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= venue.width && b.y + b.height <= venue.depth;
};

describe('a new element goes to a free spot', () => {
  it('every palette item added one after another into the auditorium overlaps nothing and stays in the room', () => {
    const template = ROOM_TEMPLATES['大礼堂']!();
    let project: Project = { ...emptyProject(template.venue), rules: template.rules };
    for (const item of PALETTE_ITEMS.filter((i) => i !== 'outline')) {
      const others = project.venue.elements;
      const element = freeSpot(project.venue, paletteElement(item, project.venue));
      const mine = elementBox(element);
      for (const other of others) expect(boxesMeet(mine, elementBox(other)), `${item} over ${other.id}`).toBe(false);
      project = addElement(project, element).project;
    }
    // The auditorium has room beside its hall for the smaller ones (a second hall goes beside the room).
    const added = project.venue.elements.slice(template.venue.elements.length);
    expect(added.filter((e) => inRoom(project.venue, e)).length).toBeGreaterThanOrEqual(8);
  });

  it('an empty room: the front-left corner; a table is placed by its centre', () => {
    const venue = { name: '', width: 2000, depth: 1500, elements: [], seatOverrides: {} };
    const table = freeSpot(venue, paletteElement('table-round', venue));
    const b = elementBox(table);
    expect(b.x).toBeCloseTo(50, 0);
    expect(b.y).toBeCloseTo(50, 0);
  });

  it('a full room: beside its content, to the right', () => {
    const venue = { name: '', width: 500, depth: 500, elements: [box('big', 0, 0, 500, 500)], seatOverrides: {} };
    const b = elementBox(freeSpot(venue, box('new', 0, 0, 100, 100)));
    expect(b.x).toBeGreaterThanOrEqual(500);
    expect(boxesMeet(b, elementBox(venue.elements[0]!))).toBe(false);
  });

  it("the room's closed outline wall is no obstacle", () => {
    const venue = { name: '', width: 1000, depth: 1000, elements: [] as VenueElement[], seatOverrides: {} };
    const outline = paletteElement('outline', venue);
    const b = elementBox(freeSpot({ ...venue, elements: [outline] }, box('new', 0, 0, 100, 100)));
    expect(b.x + b.width).toBeLessThanOrEqual(1000);
  });
});

describe('unique names', () => {
  it('台下 → 台下 2 → 台下 3; an own name is kept', () => {
    expect(uniqueLabel(['台下'], '台下')).toBe('台下 2');
    expect(uniqueLabel(['台下', '台下 2'], '台下')).toBe('台下 3');
    expect(uniqueLabel(['台下', '台下 2'], '台下 2')).toBe('台下 3');
    expect(uniqueLabel(['台下'], '东区')).toBe('东区');
    // Objects keep their labels: several doors are all 门.
    const door = { ...box('d', 0, 0), label: '门' };
    expect(withUniqueNames([door], [{ ...door, id: 'e' }])[0]).toMatchObject({ label: '门' });
  });

  it('adding, duplicating and pasting a hall give it a name of its own, shown in English as Hall 2', () => {
    const start = emptyProject();
    const hall = start.venue.elements.find((e) => e.kind === 'hall')!;
    const added = addElement(start, paletteElement('hall-fan', start.venue)).project;
    const names = (p: Project) => p.venue.elements.flatMap((e) => (e.kind === 'hall' ? [e.name] : []));
    expect(names(added)).toEqual(['台下', '台下 2']);
    expect(names(duplicateElement(added, hall.id).project)).toEqual(['台下', '台下 2', '台下 3']);
    const clip = copyElements(added, [hall.id])!;
    const pasted = pasteElements(pasteElements(added, clip).project, clip).project;
    expect(names(pasted)).toEqual(['台下', '台下 2', '台下 3', '台下 4']);
    expect(placeName('台下 2', 'en')).toBe('Hall 2');
    expect(placeName('东区 2', 'en')).toBe('东区 2');
  });
});

describe('hit-testing picks the smallest element under the pointer', () => {
  it('a table standing over a hall block wins, whichever was drawn last', () => {
    const start = emptyProject();
    const hall = start.venue.elements.find((e) => e.kind === 'hall')!;
    const hb = elementBox(hall);
    const table = { ...box('table', hb.x + 50, hb.y + 50, 120, 60) };
    const over = { ...start.venue, elements: [table, ...start.venue.elements] };
    expect(elementAt(over, hb.x + 100, hb.y + 70)?.id).toBe('table');
    expect(elementAt(over, hb.x + hb.width - 5, hb.y + hb.height - 5)?.id).toBe(hall.id);
  });
});
