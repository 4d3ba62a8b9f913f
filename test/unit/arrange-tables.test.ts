// Protocol 4 (meeting tables) and 5 (banquets), in the built-in rooms with the fixtures' rosters.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { arrangeZones } from '../../shared/arrange/arrange';
import { banquetSeats, banquetTableOrder } from '../../shared/arrange/banquet';
import { explainPlacement, explainPlacementIn } from '../../shared/arrange/explain';
import { seatedPlacements } from '../../shared/arrange/placements';
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
  it('列席 after the members, at the table while it has seats (先左后右), in agenda order', () => {
    expect(['right-arm:3', 'left-arm:4', 'right-arm:4', 'left-arm:5', 'right-arm:5', 'left-arm:6', 'right-arm:6', 'left-arm:7'].map((k) => table.get(k)))
      .toEqual(['邓晨', '肖芳春', '司马新', '宋怡新', '梁云', '马慧兰', '毛勇建', '尹福安']);
    expect(table.get('right-arm:7')).toBe('');
    const arranged = arrangeZones(project).project;
    const deng = seatedPlacements(arranged).find((p) => p.person.name === '邓晨')!;
    expect(explainPlacement(arranged, deng.seat, deng.person)).toBe('列席（坐在成员之后），排序第9，会议桌桌首右手一侧第四位');
  });
  it('the wall seats take the reporters waiting for their item, in agenda order, 工作人员 last', () => {
    const north = seating(project, 'wall-north');
    expect(Array.from({ length: 8 }, (_, i) => north.get(`1-${i + 1}`))).toEqual(['袁霞旭', '姚敏磊', '何婷梅', '黎萍杰', '闫永', '杨志', '贾晨', '']);
  });
});

describe('4.1 the chair at the head whatever the ranks', () => {
  it('the 备注 主持人 (or the 角色 column) puts him at the head even when others outrank him', async () => {
    const people = (await roster('standing-committee-roster.xlsx')).map((p) => (p.name === '蔡超超' ? { ...p, rank: 6 } : p.name === '孙兰' ? { ...p, rank: 1 } : p));
    expect(seating(inRoom('常务会议室', people), 'table-1').get('head:0')).toBe('蔡超超');
  });
});

describe('4.1 汇报席 in agenda order', () => {
  it('the reporter of 议题1 takes the 汇报席 whatever the ranks', async () => {
    // 姚敏磊 reports on 议题2 but now outranks both reporters of 议题1.
    const people = (await roster('standing-committee-roster.xlsx')).map((p) => (p.name === '姚敏磊' ? { ...p, rank: 9 } : p));
    expect(seating(inRoom('常务会议室', people), 'table-1').get('foot:0')).toBe('唐远天');
  });
  it('the 角色 and 议题 columns say the same as a 备注 of 议题2汇报人', () => {
    const people = [
      makePerson({ id: 'c', name: '主持', rank: 1, category: '出席', role: '主持人' }),
      makePerson({ id: 'r2', name: '二号汇报', rank: 2, category: '列席', role: '汇报人', agendaItems: [2], rosterIndex: 1 }),
      makePerson({ id: 'r1', name: '一号汇报', rank: 3, category: '列席', role: '汇报人', agendaItems: [1], rosterIndex: 2 }),
    ];
    expect(seating(inRoom('常务会议室', people), 'table-1').get('foot:0')).toBe('一号汇报');
  });
});

describe('people the room has no zone for', () => {
  it('工作人员 in a room with only a U-shaped table are reported, not dropped; 列席 sit at the table after the members', () => {
    const people = [
      makePerson({ id: 'a', name: '甲', rank: 1, category: '出席' }), makePerson({ id: 'b', name: '乙', rank: 2, category: '工作人员', rosterIndex: 1 }),
      makePerson({ id: 'c', name: '丙', rank: 3, category: '列席', rosterIndex: 2 }),
    ];
    const { unplaced, project } = arrangeZones(inRoom('U形会议室', people), undefined, { reportUnzoned: true });
    expect(unplaced.map((u) => `${u.zoneName}:${u.person.name}`)).toEqual(['会场（没有适合的区域）:乙']);
    expect(Object.values(project.assignment)).toContain('c');
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

describe('4.2 talks: explanations and a table end-on to the door', () => {
  const hosts = ['主人甲', '陪同乙', '陪同丙'].map((name, i) => makePerson({ id: `h${i}`, name, rank: i + 1, category: i ? '陪同' : '主人', rosterIndex: i }));
  const guests = ['主宾甲', '宾客乙', '宾客丙'].map((name, i) => makePerson({ id: `g${i}`, name, rank: i + 1, category: i ? '宾客' : '主宾', rosterIndex: 3 + i }));

  it('speaks of the guest side facing the door and the chiefs in the middle, never of a 桌首', () => {
    const project = arrangeZones({ ...roomWithTable({ shape: 'long', purpose: 'talks', sideSeats: 3 }, 790), people: [...hosts, ...guests] }).project;
    const sentences = seatedPlacements(project).map(({ seat, person }) => [person.name, explainPlacement(project, seat, person)]);
    const said = Object.fromEntries(sentences);
    expect(said['主宾甲']).toContain('会谈：客方（面向正门），主宾位（本方正中）');
    expect(said['主人甲']).toContain('会谈：主方（背对正门），主人位（本方正中）');
    expect(said['宾客乙']).toMatch(/主宾[左右]手第一位/);
    expect(sentences.some(([, text]) => text!.includes('桌首'))).toBe(false);
  });

  it('end-on to the door: 右客左主 — the guests on the right as one enters', () => {
    const base = roomWithTable({ shape: 'long', purpose: 'talks', sideSeats: 3 }, 0);
    // The door in the east wall: one walks in westward, so the right hand is north.
    const venue = { ...base.venue, elements: base.venue.elements.map((e) => (e.kind === 'object' ? { ...e, x: 990, y: 350 } : e)) };
    const project = { ...base, venue, people: [...hosts, ...guests] };
    const arranged = arrangeZones(project).project;
    const seatOf = (name: string) => deriveSeats(venue).find((s) => arranged.assignment[s.id] === arranged.people.find((p) => p.name === name)!.id)!;
    const table = venue.elements.find((e) => e.id === 't')!;
    expect(seatOf('主宾甲').y).toBeLessThan(table.y);
    expect(seatOf('主人甲').y).toBeGreaterThan(table.y);
    expect(explainPlacement(arranged, seatOf('主宾甲'), arranged.people.find((p) => p.name === '主宾甲')!)).toContain('右客左主');
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

  it('5.3 40 people at six tables of 10 fill the 主桌 and then tables 2–4, in 桌次 order; tables 5 and 6 stay empty and are reported', () => {
    const { project: arranged, unplaced, notes } = arrangeZones(project);
    expect(unplaced).toEqual([]);
    const byId = new Map(arranged.people.map((p) => [p.id, p]));
    const at = (table: string) => Object.entries(arranged.assignment).filter(([seat]) => seat.startsWith(`${table}:`)).map(([, id]) => byId.get(id)!);
    expect(['table-main', 'table-2', 'table-3', 'table-4', 'table-5', 'table-6'].map((t) => at(t).length)).toEqual([10, 10, 10, 10, 0, 0]);
    // The 主桌: 主陪 and 副主陪, then the eight highest guests.
    expect(at('table-main').filter((p) => p.category === '主人').map((p) => p.name).sort()).toEqual(['蒋东娜', '龙建军'].sort());
    expect(at('table-main').filter((p) => p.category !== '主人').map((p) => p.rank).sort((a, b) => a! - b!)).toEqual([1, 3, 5, 6, 7, 8, 9, 10]);
    expect(notes.map((n) => n.zh).join('')).toContain('5号桌、6号桌');
  });

  it('5.3 every further table gets the next host-side person as 主陪 and the next as 副主陪', () => {
    const table2 = seating(project, 'table-2');
    const seats = deriveSeats(project.venue).filter((s) => s.elementId === 'table-2');
    const roles = banquetSeats(seats, project.venue);
    expect(table2.get(`ring:${roles.host.table!.index}`)).toBe('任秀');
    expect(table2.get(`ring:${roles.deputy.table!.index}`)).toBe('李伟佳');
    expect(table2.get(`ring:${roles.guests[0]!.table!.index}`)).toBe('贺娜'); // the next guest in rank order
  });

  it('5.2 外事 pattern: guest 2 on the deputy host’s right, guest 3 on the host’s left', () => {
    const foreign = { ...project, rules: { ...project.rules, 'table-main': { banquetPattern: 'foreign' as const } } };
    const main = seating(foreign, 'table-main');
    expect(main.get('ring:9')).toBe('刘思光'); // guest 1 on the host's right
    expect(main.get('ring:4')).toBe('薛鹏'); // guest 2 on the deputy's right
    expect(main.get('ring:1')).toBe('冯成'); // guest 3 on the host's left
    expect(main.get('ring:6')).toBe('王天强'); // guest 4 on the deputy's left
    const arranged = arrangeZones(foreign).project;
    const seat = deriveSeats(arranged.venue).find((s) => s.elementId === 'table-main' && s.table!.index === 4)!;
    expect(explainPlacement(arranged, seat, arranged.people.find((p) => p.name === '薛鹏')!)).toContain('副主陪右手（第二主宾，外事）');
  });
});

describe('8.3 table explanations in English', () => {
  it.each([['宴会厅', 'banquet-roster.xlsx'], ['常务会议室', 'standing-committee-roster.xlsx']])('%s: no Chinese of the engine’s own making', async (room, file) => {
    const people = await roster(file);
    const arranged = arrangeZones(inRoom(room, people)).project;
    const usersWords = people.flatMap((p) => [p.name, p.unit, p.title]).sort((a, b) => b.length - a.length);
    for (const { seat, person } of seatedPlacements(arranged)) {
      const english = usersWords.reduce((text, word) => (word ? text.split(word).join('') : text), explainPlacementIn(arranged, seat, person).en);
      expect(english).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
