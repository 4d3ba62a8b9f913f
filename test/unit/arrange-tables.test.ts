// Protocol 4 (meeting tables) and 5 (banquets), in the built-in rooms with the fixtures' rosters.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { banquetTableOrder } from '../../shared/arrange/banquet';
import { deriveSeats, type Seat } from '../../shared/layout/seats';
import { makePerson } from '../../shared/model/person';
import { emptyProject } from '../../shared/model/sample';
import type { Person, Project, TableElement } from '../../shared/model/schema';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { importRoster } from '../../electron/services/import/import-roster';

async function roster(file: string): Promise<Person[]> {
  return (await importRoster(readFileSync(`test/fixtures/${file}`), file)).people;
}

function inRoom(name: string, people: Person[]): Project {
  const template = ROOM_TEMPLATES[name]!();
  return { ...emptyProject(template.venue), rules: template.rules, people };
}

/** Who sits where, by table part: `part:index` → name. */
function seating(project: Project, elementId: string): Map<string, string> {
  const { project: arranged } = arrangeZones(project);
  const names = new Map(arranged.people.map((p) => [p.id, p.name]));
  const seats = deriveSeats(arranged.venue).filter((s) => s.elementId === elementId);
  return new Map(seats.map((s: Seat) => [`${s.table ? `${s.table.part}:${s.table.index}` : `${s.row}-${s.col}`}`, names.get(arranged.assignment[s.id] ?? '') ?? '']));
}

describe('4.1 standing committee at a long table', () => {
  let table: Map<string, string>;
  let project: Project;
  beforeAll(async () => {
    project = inRoom('常务会议室', await roster('standing-committee-roster.xlsx'));
    table = seating(project, 'table-1');
  });

  it('the chair at the head, facing the screen', () => expect(table.get('head:0')).toBe('蔡超超'));
  it('No.2 on the chair’s left, No.3 on his right, alternating, nearest the chair first', () => {
    expect(['left-arm:0', 'right-arm:0', 'left-arm:1', 'right-arm:1', 'left-arm:2', 'right-arm:2', 'left-arm:3'].map((k) => table.get(k)))
      .toEqual(['宋昊力', '吴光华', '何涛梅', '郑萍', '孙兰', '向斌飞', '钱超琳']);
  });
  it('the chair’s left is the side of the table to his left as he faces the screen (north on the map)', () => {
    const seats = deriveSeats(project.venue).filter((s) => s.elementId === 'table-1');
    const head = seats.find((s) => s.table!.part === 'head')!;
    const left = seats.find((s) => s.table!.part === 'left-arm')!;
    const screen = project.venue.elements.find((e) => e.id === 'screen')!;
    expect(screen.x).toBeGreaterThan(head.x); // he faces east, towards the screen
    expect(left.y).toBeLessThan(head.y); // so his left hand is north
  });
  it('the first agenda item’s reporter at the foot, facing the chair', () => expect(table.get('foot:0')).toBe('唐远天'));
  it('列席 on the wall seats in agenda order, 工作人员 last', () => {
    const north = seating(project, 'wall-north');
    const south = seating(project, 'wall-south');
    expect(Array.from({ length: 12 }, (_, i) => north.get(`1-${i + 1}`))).toEqual([
      '邓晨', '肖芳春', '司马新', '宋怡新', '袁霞旭', '梁云', '姚敏磊', '马慧兰', '何婷梅', '毛勇建', '黎萍杰', '尹福安',
    ]);
    expect(Array.from({ length: 4 }, (_, i) => south.get(`1-${i + 1}`))).toEqual(['闫永', '杨志', '贾晨', '']);
  });
});

describe('people the room has no zone for', () => {
  it('列席 in a room with only a U-shaped table are reported, not dropped', () => {
    const people = [makePerson({ id: 'a', name: '甲', rank: 1, category: '出席' }), makePerson({ id: 'b', name: '乙', rank: 2, category: '列席', rosterIndex: 1 })];
    const { unplaced } = arrangeZones(inRoom('U形会议室', people), undefined, { reportUnzoned: true });
    expect(unplaced.map((u) => `${u.zoneName}:${u.person.name}`)).toEqual(['会场（没有适合的区域）:乙']);
  });
});

describe('4.3 U-shape', () => {
  it('the head table like a rostrum row, then the arms from the head outward, left arm first', () => {
    const people = Array.from({ length: 8 }, (_, i) => makePerson({ id: `p${i + 1}`, name: `${i + 1}`, rank: i + 1, category: '出席', rosterIndex: i }));
    const table = seating(inRoom('U形会议室', people), 'table-1');
    // Head people face the open end (east): seniority 2 on No.1's left, the north seat.
    expect(['head:0', 'head:1', 'head:2'].map((k) => table.get(k))).toEqual(['2', '1', '3']);
    expect(['left-arm:0', 'right-arm:0', 'left-arm:1', 'right-arm:1', 'left-arm:2'].map((k) => table.get(k))).toEqual(['4', '5', '6', '7', '8']);
  });
});

function roomWithTable(fields: Partial<TableElement>, doorY: number): Project {
  const tableElement: TableElement = { id: 't', kind: 'table', name: '桌', x: 500, y: 400, shape: 'round', purpose: 'meeting', sideSeats: 6, headSeats: 0, footSeats: 0, seatPitch: 70, main: false, ...fields };
  const project = emptyProject({ name: '房间', width: 1000, depth: 800, elements: [tableElement, { id: 'door', kind: 'object', objectType: 'door', label: '门', x: 450, y: doorY, width: 100, depth: 10 }], seatOverrides: {} });
  return project;
}

describe('4.4 round meeting table', () => {
  it('the seat facing the door is the top seat; the rest alternate, his left first', () => {
    const people = Array.from({ length: 6 }, (_, i) => makePerson({ id: `p${i + 1}`, name: `${i + 1}`, rank: i + 1, category: '出席', rosterIndex: i }));
    const table = seating({ ...roomWithTable({}, 790), people }, 't');
    // Door to the south: the top seat is the north one (ring index 0), facing south; his left is east,
    // which is ring index 1 (seats go clockwise on the map).
    expect(Array.from({ length: 6 }, (_, i) => table.get(`ring:${i}`))).toEqual(['1', '2', '4', '6', '5', '3']);
  });
});

describe('4.2 talks at a long table with its side to the door', () => {
  it('guests face the door, hosts have their backs to it; each chief in the middle of the side', () => {
    const hosts = ['主人甲', '陪同乙', '陪同丙'].map((name, i) => makePerson({ id: `h${i}`, name, rank: i + 1, category: i ? '陪同' : '主人', rosterIndex: i }));
    const guests = ['主宾甲', '宾客乙', '宾客丙'].map((name, i) => makePerson({ id: `g${i}`, name, rank: i + 1, category: i ? '宾客' : '主宾', rosterIndex: 3 + i }));
    const project = { ...roomWithTable({ shape: 'long', purpose: 'talks', sideSeats: 3 }, 790), people: [...hosts, ...guests] };
    const table = seating(project, 't');
    const seats = deriveSeats(project.venue).filter((s) => s.elementId === 't');
    const guestPart = seats.find((s) => s.table!.facing.y > 0)!.table!.part; // facing south, towards the door
    const hostPart = guestPart === 'left-arm' ? 'right-arm' : 'left-arm';
    expect(table.get(`${guestPart}:1`)).toBe('主宾甲');
    expect(table.get(`${hostPart}:1`)).toBe('主人甲');
    expect(new Set([table.get(`${guestPart}:0`), table.get(`${guestPart}:2`)])).toEqual(new Set(['宾客乙', '宾客丙']));
  });
});

describe('5 banquet', () => {
  let project: Project;
  beforeAll(async () => {
    project = inRoom('宴会厅', await roster('banquet-roster.xlsx'));
  });

  it('5.1 tables: the main table, then by nearness; at equal distance the main table’s right first', () => {
    const tables = project.venue.elements.filter((e): e is TableElement => e.kind === 'table');
    // The main table faces the door (south): its right hand is west.
    expect(banquetTableOrder(tables, project.venue).map((t) => t.name)).toEqual(['主桌', '2号桌', '3号桌', '4号桌', '5号桌', '6号桌']);
  });

  it('5.2 the host faces the door, the deputy host opposite, guests 1–4 on their right and left', () => {
    const main = seating(project, 'table-main');
    expect(main.get('ring:0')).toBe('龙建军'); // 主陪: the north seat, facing the door
    expect(main.get('ring:5')).toBe('蒋东娜'); // 副主陪: opposite
    expect(main.get('ring:9')).toBe('刘思光'); // guest 1 on the host's right (west)
    expect(main.get('ring:1')).toBe('薛鹏'); // guest 2 on the host's left
    expect(main.get('ring:4')).toBe('冯成'); // guest 3 on the deputy's right (east)
    expect(main.get('ring:6')).toBe('王天强'); // guest 4 on the deputy's left
  });

  it('seats all 40 guests and hosts over the six tables, a host at every table', () => {
    const { project: arranged, unplaced } = arrangeZones(project);
    expect(unplaced).toEqual([]);
    expect(Object.keys(arranged.assignment)).toHaveLength(40);
    const byId = new Map(arranged.people.map((p) => [p.id, p]));
    for (const table of ['table-main', 'table-2', 'table-3', 'table-4', 'table-5', 'table-6']) {
      const seated = Object.entries(arranged.assignment).filter(([seat]) => seat.startsWith(`${table}:`)).map(([, id]) => byId.get(id)!);
      expect(seated.some((p) => p.category === '主人' || p.category === '陪同')).toBe(true);
    }
  });
});
