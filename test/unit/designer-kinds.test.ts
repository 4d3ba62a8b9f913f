// The room designer's newer generators: fan and trapezoid halls (a seat count per row), staggered
// rows, first row and seat numbers; oval tables; 会见 sofas; 合影 risers; walls. Counts, positions,
// rotation and — above all — seat identity: growing one row moves nobody, unrelated edits keep ids.
import { describe, expect, it } from 'vitest';
import { deriveSeats, elementSeats, hallWidth, shownRow, type Seat } from '../../shared/layout/seats';
import { tableOutline, CHAIR_OFFSET } from '../../shared/layout/tables';
import { elementShapes } from '../../shared/draw/elements';
import { addElement, updateElement } from '../../shared/model/element-edits';
import { paletteElement, PALETTE_ITEMS } from '../../shared/model/palette';
import { emptyProject } from '../../shared/model/sample';
import { loadProject, serializeProject } from '../../shared/model/load';
import { elementSchema, type HallElement, type Person, type Project, type TableElement, type WallElement } from '../../shared/model/schema';
import { seatCode } from '../../shared/i18n/place-names';
import { arrangeZones } from '../../shared/arrange/arrange';
import { receptionSeatOrder } from '../../shared/arrange/reception';
import { explainPlacement } from '../../shared/arrange/explain';

const venue = { elements: [] };
const hall: HallElement = {
  id: 'h', kind: 'hall', rotation: 0, name: '台下', x: 0, y: 0, rows: 4, seatsPerRow: 10, aisles: [], seatPitch: 50, rowPitch: 90, aisleWidth: 100,
};
const row = (seats: readonly Seat[], r: number) => seats.filter((s) => s.row === r).sort((a, b) => a.col - b.col);

describe('fan and trapezoid halls: a seat count per row', () => {
  const fan = { ...hall, rowSeats: [6, 8, 10, 7] };
  const seats = elementSeats(fan, venue);

  it('each row has its own count, centred on the widest row', () => {
    expect([1, 2, 3, 4].map((r) => row(seats, r).length)).toEqual([6, 8, 10, 7]);
    const middle = hallWidth(fan) / 2;
    for (const r of [1, 2, 3, 4]) {
      const xs = row(seats, r).map((s) => s.x);
      expect((xs[0]! + xs.at(-1)!) / 2).toBeCloseTo(middle);
      for (let i = 1; i < xs.length; i++) expect(xs[i]! - xs[i - 1]!).toBeCloseTo(50);
    }
  });

  it('a short row takes the columns of the seats behind it, and numbers its seats from 1', () => {
    expect(row(seats, 1).map((s) => s.col)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(row(seats, 1).map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(row(seats, 1).map((s) => s.rowLength)).toEqual(Array(6).fill(6));
    // Same column, same x, for rows whose difference is even.
    expect(row(seats, 1)[0]!.x).toBeCloseTo(row(seats, 3).find((s) => s.col === 3)!.x);
  });

  it('rows beyond the list have seatsPerRow; a listed row never exceeds it', () => {
    const seatsOf = elementSeats({ ...hall, rowSeats: [4, 40] }, venue);
    expect([1, 2, 3, 4].map((r) => row(seatsOf, r).length)).toEqual([4, 10, 10, 10]);
  });

  it('growing one row keeps everyone in that row and every other row in the same seat, same place', () => {
    const project: Project = { ...emptyProject(), venue: { name: '', width: 2000, depth: 2000, elements: [fan], seatOverrides: {} } };
    const before = deriveSeats(project.venue);
    const assignment = Object.fromEntries(before.map((s, i) => [s.id, `p${i}`]));
    const grown = updateElement({ ...project, assignment }, 'h', { rowSeats: [8, 8, 10, 7] });
    expect(grown.unassigned).toEqual([]);
    expect(grown.project.assignment).toEqual(assignment);
    const after = new Map(deriveSeats(grown.project.venue).map((s) => [s.id, s]));
    for (const seat of before) {
      expect(after.get(seat.id)!.x, seat.id).toBeCloseTo(seat.x);
      expect(after.get(seat.id)!.y).toBeCloseTo(seat.y);
    }
  });

  it('widening the block re-centres every row: its people, locks and overrides move with their seats', () => {
    const project: Project = { ...emptyProject(), venue: { name: '', width: 2000, depth: 2000, elements: [fan], seatOverrides: { 'h:2-5': { label: 'A' } } } };
    const before = deriveSeats(project.venue);
    const assignment = Object.fromEntries(before.map((s, i) => [s.id, `p${i}`]));
    // Row 4 grows from 7 to 14 seats, wider than the block of 10.
    const wider = updateElement({ ...project, assignment, locks: ['h:1-3'] }, 'h', { rowSeats: [6, 8, 10, 14] });
    expect(wider.unassigned).toEqual([]);
    expect((wider.project.venue.elements[0] as HallElement).seatsPerRow).toBe(14);
    const after = deriveSeats(wider.project.venue);
    const seatOf = (person: string) => after.find((s) => wider.project.assignment[s.id] === person)!;
    for (const [i, seat] of before.entries()) {
      const now = seatOf(`p${i}`);
      expect(now.row).toBe(seat.row);
      // Other rows: the same seat, counted from the row's start; the grown row: the same place from the centre line.
      if (seat.row < 4) expect(now.label).toBe(seat.id === 'h:2-5' ? 'A' : seat.label);
      // (within half a seat: 7 seats have a middle seat, 14 a middle pair)
      else expect(Math.abs(now.x - hallWidth({ ...fan, seatsPerRow: 14 }) / 2 - (seat.x - hallWidth(fan) / 2))).toBeLessThanOrEqual(25.001);
    }
    // A list longer than the hall's rows does not widen it.
    expect((updateElement(project, 'h', { rowSeats: [6, 8, 10, 7, 20] }).project.venue.elements[0] as HallElement).seatsPerRow).toBe(10);
    expect(wider.project.locks).toEqual(['h:1-5']);
    expect(Object.keys(wider.project.venue.seatOverrides)).toEqual(['h:2-7']);
  });

  it('a listed row wider than the block widens the block; an empty list goes back to equal rows', () => {
    const project: Project = { ...emptyProject(), venue: { name: '', width: 2000, depth: 2000, elements: [hall], seatOverrides: {} } };
    const wider = updateElement(project, 'h', { rowSeats: [10, 12] }).project.venue.elements[0] as HallElement;
    expect(wider.seatsPerRow).toBe(12);
    const plain = updateElement({ ...project, venue: { ...project.venue, elements: [wider] } }, 'h', { rowSeats: [] }).project.venue.elements[0] as HallElement;
    expect(plain.rowSeats).toBeUndefined();
  });

  it('aisles run straight through rows of every length: the same columns, the same gap', () => {
    const aisled = { ...fan, rowSeats: [6, 8, 10, 10], aisles: [5] };
    const seatsOf = elementSeats(aisled, venue);
    for (const r of [2, 3, 4]) {
      const five = seatsOf.find((s) => s.row === r && s.col === 5)!;
      const six = seatsOf.find((s) => s.row === r && s.col === 6)!;
      expect(six.x - five.x).toBeCloseTo(50 + 100);
    }
    // Row 1 (6 seats) is centred and also split by the aisle after column 5.
    const first = row(seatsOf, 1);
    expect(first.map((s) => s.col)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(first[3]!.x - first[2]!.x).toBeCloseTo(150);
  });

  it('turns about its middle with its rotation, keeping every id', () => {
    const turned = elementSeats({ ...fan, rotation: 180 }, venue);
    expect(turned.map((s) => s.id)).toEqual(seats.map((s) => s.id));
    const centre = { x: hallWidth(fan) / 2, y: (4 * 90) / 2 };
    seats.forEach((s, i) => {
      expect(turned[i]!.x).toBeCloseTo(2 * centre.x - s.x);
      expect(turned[i]!.y).toBeCloseTo(2 * centre.y - s.y);
    });
  });

  it('curved fan rows keep their seats on the arc', () => {
    const arc = elementSeats({ ...fan, arcRadius: 800 }, venue);
    const centre = { x: hallWidth(fan) / 2, y: 45 - 800 };
    for (const seat of arc) expect(Math.hypot(seat.x - centre.x, seat.y - centre.y)).toBeCloseTo(800 + (seat.row - 1) * 90, 6);
  });
});

describe('staggered rows and first numbers', () => {
  it('every second row is half a seat to the right; the block is half a seat wider', () => {
    const seats = elementSeats({ ...hall, stagger: true }, venue);
    expect(row(seats, 2)[0]!.x - row(seats, 1)[0]!.x).toBeCloseTo(25);
    expect(row(seats, 3)[0]!.x).toBeCloseTo(row(seats, 1)[0]!.x);
    expect(hallWidth({ ...hall, stagger: true })).toBe(hallWidth(hall) + 25);
    // Ids do not change with the stagger.
    expect(seats.map((s) => s.id)).toEqual(elementSeats(hall, venue).map((s) => s.id));
  });

  it('first row and seat numbers show on labels, codes and the drawing; ids stay row-col from 1', () => {
    const numbered = { ...hall, firstRow: 3, firstSeat: 101 };
    const seats = elementSeats(numbered, venue);
    const first = seats[0]!;
    expect(first.id).toBe('h:1-1');
    expect(first.label).toBe('101');
    expect(shownRow(first)).toBe(3);
    expect(seatCode(first, 'zh-CN')).toBe('台下 3排 101座');
    expect(seatCode(first, 'en')).toBe('Hall row 3 seat 101');
    const labels = elementShapes(numbered, venue).filter((s) => s.role === 'row-label').map((s) => (s.kind === 'text' ? s.text : ''));
    expect(labels).toEqual(['第3排', '第4排', '第5排', '第6排']);
  });

  it('centre-out numbering counts each fan row from its own centre', () => {
    const seats = elementSeats({ ...hall, rowSeats: [5], numbering: 'centre-out', firstSeat: 1 }, venue);
    expect(row(seats, 1).map((s) => s.label)).toEqual(['4', '2', '1', '3', '5']);
  });
});

describe('oval tables', () => {
  const oval: TableElement = { id: 't', kind: 'table', rotation: 0, name: '椭圆桌', x: 1000, y: 800, shape: 'oval', purpose: 'meeting', sideSeats: 14, headSeats: 0, footSeats: 0, seatPitch: 70, main: false };
  const seats = elementSeats(oval, venue);
  const { halfLength: a, halfDepth: b } = tableOutline(oval);

  it('seats every chair on the ellipse around the top, longer along x, seat 1 at the north middle', () => {
    expect(seats).toHaveLength(14);
    expect(a).toBeGreaterThan(b);
    for (const s of seats) expect(((s.x - 1000) / (a + CHAIR_OFFSET)) ** 2 + ((s.y - 800) / (b + CHAIR_OFFSET)) ** 2).toBeCloseTo(1, 6);
    expect(seats[0]!.x).toBeCloseTo(1000);
    expect(seats[0]!.y).toBeLessThan(800);
  });

  it('spaces the chairs evenly along the edge, each facing the table', () => {
    const gaps = seats.map((s, i) => Math.hypot(seats[(i + 1) % 14]!.x - s.x, seats[(i + 1) % 14]!.y - s.y));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(0.05 * Math.min(...gaps));
    for (const s of seats) expect(s.table!.facing.x * (1000 - s.x) + s.table!.facing.y * (800 - s.y)).toBeGreaterThan(0);
  });

  it('turns with its rotation about its centre, keeping ids', () => {
    const turned = elementSeats({ ...oval, rotation: 90 }, venue);
    expect(turned.map((s) => s.id)).toEqual(seats.map((s) => s.id));
    expect(turned[0]!.x).toBeCloseTo(1000 + (800 - seats[0]!.y));
    expect(turned[0]!.y).toBeCloseTo(800);
  });

  it('auto-arrange seats a meeting round it from the seat facing the door, and a banquet by 5.2', () => {
    const person = (i: number, category = '出席'): Person => ({ id: `p${i}`, name: `人${i}`, unit: '', title: '', rank: i, category, seatZone: '', gender: '', ethnicity: '', note: '', rosterIndex: i, absent: false, substituteFor: null });
    const door = { id: 'd', kind: 'object' as const, objectType: 'door' as const, label: '门', x: 950, y: 1400, width: 100, depth: 20 };
    const meeting: Project = { ...emptyProject(), people: Array.from({ length: 5 }, (_, i) => person(i + 1)), venue: { name: '', width: 2000, depth: 1500, elements: [oval, door], seatOverrides: {} } };
    const seated = arrangeZones(meeting).project.assignment;
    expect(Object.keys(seated)).toHaveLength(5);
    // No.1 in the seat farthest from the door: seat 1, the middle of the north side.
    expect(seated['t:1-1']).toBe('p1');
    const banquet: Project = { ...meeting, people: [person(1, '主人'), person(2, '主宾'), person(3, '宾客')], venue: { ...meeting.venue, elements: [{ ...oval, purpose: 'banquet' }, door] } };
    expect(Object.values(arrangeZones(banquet).project.assignment).sort()).toEqual(['p1', 'p2', 'p3']);
  });

  it('is drawn as a closed polygon', () => {
    const top = elementShapes(oval, venue).find((s) => s.role === 'table-top');
    expect(top?.kind).toBe('polygon');
  });
});

describe('会见 sofas (9.2)', () => {
  const sofas = paletteElement('sofas', { width: 2000, depth: 1600 }) as TableElement;
  const door = { id: 'd', kind: 'object' as const, objectType: 'door' as const, label: '门', x: 1800, y: 780, width: 20, depth: 100 };
  const room = { elements: [sofas, door] };
  const seats = elementSeats(sofas, room);

  it('two head sofas at the end away from the door, facing it, and the armchairs down both sides', () => {
    const head = seats.filter((s) => s.table!.part === 'head');
    expect(head).toHaveLength(2);
    expect(seats).toHaveLength(2 + 2 * sofas.sideSeats);
    for (const s of head) expect(s.x).toBeLessThan(sofas.x);
    for (const s of head) expect(s.table!.facing).toEqual({ x: 1, y: 0 });
    // The door on the other side: the head moves to the east.
    const west = elementSeats(sofas, { elements: [sofas, { ...door, x: 100 }] }).filter((s) => s.table!.part === 'head');
    for (const s of west) expect(s.x).toBeGreaterThan(sofas.x);
    // Turned 90° with the door to the south: the head sofas stand at the north, facing south.
    const south = { ...door, x: sofas.x - 10, y: 1580 };
    const turned = { ...sofas, rotation: 90 };
    const heads = elementSeats(turned, { elements: [turned, south] }).filter((s) => s.table!.part === 'head');
    for (const s of heads) expect(s.y).toBeLessThan(sofas.y);
    for (const s of heads) expect(s.table!.facing.y).toBeCloseTo(1);
  });

  it('the chief guest on the host’s right, each side’s others nearest the chiefs first', () => {
    const order = receptionSeatOrder(seats);
    const [host, guest] = [order.host[0]!, order.guest[0]!];
    // Facing east (+x), the right hand is south (+y).
    expect(guest.y).toBeGreaterThan(host.y);
    expect(order.guest.slice(1).every((s) => s.y > sofas.y)).toBe(true);
    expect(order.host.slice(1).every((s) => s.y < sofas.y)).toBe(true);
    expect(order.guest.slice(1).map((s) => s.x)).toEqual([...order.guest.slice(1).map((s) => s.x)].sort((a, b) => a - b));
  });

  it('auto-arrange seats hosts and guests there', () => {
    const person = (id: string, category: string, rank: number): Person => ({ id, name: id, unit: '', title: '', rank, category, seatZone: '', gender: '', ethnicity: '', note: '', rosterIndex: rank, absent: false, substituteFor: null });
    const people = [person('主人1', '主人', 1), person('主人2', '陪同', 2), person('宾1', '主宾', 1), person('宾2', '宾客', 2)];
    const project: Project = { ...emptyProject(), people, venue: { name: '', width: 2000, depth: 1600, elements: [sofas, door], seatOverrides: {} } };
    const { assignment } = arrangeZones(project).project;
    const order = receptionSeatOrder(seats);
    expect(assignment[order.host[0]!.id]).toBe('主人1');
    expect(assignment[order.guest[0]!.id]).toBe('宾1');
    expect(assignment[order.guest[1]!.id]).toBe('宾2');
    expect(assignment[order.host[1]!.id]).toBe('主人2');
    const why = (seat: Seat) => explainPlacement({ ...project, assignment }, seat, people.find((p) => p.id === assignment[seat.id])!);
    expect(why(order.guest[0]!)).toContain('主宾位');
    expect(why(order.host[1]!)).toContain('主人一侧（主人左侧）第一位');
  });
});

describe('合影 risers, objects and walls', () => {
  it('risers are a rostrum of rows (front row seated), drawn as steps with 就座 / 站立', () => {
    const risers = paletteElement('risers', { width: 2000, depth: 1600 });
    expect(risers.kind === 'rostrum' && risers.risers).toBe(true);
    const seats = elementSeats(risers, venue);
    expect(seats.filter((s) => s.row === 1)).toHaveLength(10);
    expect(seats.every((s) => s.zone === 'rostrum')).toBe(true);
    const words = elementShapes(risers, venue).flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(words).toEqual(expect.arrayContaining(['就座', '站立', '合影']));
  });

  it('a wall keeps its points from its corner, so moving it moves them all; its size is their extent', () => {
    const project = emptyProject();
    const wall: WallElement = { id: 'w', kind: 'wall', rotation: 0, name: '墙', x: 100, y: 100, points: [{ x: -50, y: 0 }, { x: 550, y: 300 }], closed: false, thickness: 24 };
    const added = addElement(project, wall).project.venue.elements.at(-1) as WallElement;
    expect(added.x).toBe(50);
    expect(added.points).toEqual([{ x: 0, y: 0 }, { x: 600, y: 300 }]);
    const moved = updateElement(addElement(project, wall).project, 'w', { x: 250 }).project.venue.elements.at(-1) as WallElement;
    const line = elementShapes(moved, venue).find((s) => s.kind === 'polygon');
    expect(line?.kind === 'polygon' && line.points).toEqual([{ x: 250, y: 100 }, { x: 850, y: 400 }]);
  });

  it('every palette item is a valid element with a drawing; objects and walls have no seats', () => {
    for (const item of PALETTE_ITEMS) {
      const element = paletteElement(item, { width: 2000, depth: 1600 });
      expect(elementSchema.safeParse(element).success, item).toBe(true);
      expect(elementShapes(element, venue).length, item).toBeGreaterThan(0);
      if (element.kind === 'object' || element.kind === 'wall') expect(elementSeats(element, venue), item).toEqual([]);
    }
  });

  it('会标 draws its words on a banner; a text label is only its words', () => {
    const banner = { ...paletteElement('banner', { width: 2000, depth: 1600 }), label: '全省工作会议' };
    const text = elementShapes(banner, venue).find((s) => s.role === 'banner');
    expect(text?.kind === 'text' && text.text).toBe('全省工作会议');
    const label = elementShapes(paletteElement('text', { width: 2000, depth: 1600 }), venue);
    expect(label.map((s) => s.kind)).toEqual(['text']);
  });

  it('a meeting holding every new kind saves and opens again unchanged, none set aside as unknown', () => {
    const project = emptyProject();
    const elements = PALETTE_ITEMS.map((item) => paletteElement(item, project.venue));
    const venue = { ...project.venue, elements, seatOverrides: { 'x:1-1': { reserved: '媒体', label: 'A' } } };
    const loaded = loadProject(serializeProject({ ...project, venue }));
    expect(loaded.ok && loaded.value.venue.elements).toEqual(elements);
    expect(loaded.ok && loaded.value.venue.placeholders).toBeFalsy();
    expect(loaded.ok && loaded.value.venue.seatOverrides).toEqual(venue.seatOverrides);
  });

  it('old files still load: a hall without the new fields derives exactly the seats it did', () => {
    expect(elementSchema.safeParse(hall).success).toBe(true);
    expect(elementSeats(hall, venue).map((s) => [s.id, s.x, s.label])).toEqual(
      Array.from({ length: 40 }, (_, i) => [`h:${Math.floor(i / 10) + 1}-${(i % 10) + 1}`, 25 + (i % 10) * 50, String((i % 10) + 1)]),
    );
  });
});

describe('seat identity across unrelated edits', () => {
  it('adding, moving and editing other elements keeps every seat id of a fan hall', () => {
    const fan = { ...hall, rowSeats: [6, 8, 10] };
    const project: Project = { ...emptyProject(), venue: { name: '', width: 3000, depth: 3000, elements: [fan], seatOverrides: {} } };
    const ids = deriveSeats(project.venue).filter((s) => s.elementId === 'h').map((s) => s.id);
    let next = addElement(project, paletteElement('table-oval', project.venue)).project;
    next = addElement(next, paletteElement('pillar', project.venue)).project;
    next = addElement(next, paletteElement('outline', project.venue)).project;
    const oval = next.venue.elements.find((e) => e.kind === 'table')!;
    next = updateElement(next, oval.id, { x: 200, sideSeats: 20 }).project;
    expect(deriveSeats(next.venue).filter((s) => s.elementId === 'h').map((s) => s.id)).toEqual(ids);
  });
});
