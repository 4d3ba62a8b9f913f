// The plan of one session (what the engine, printing and the CLI work on) and the parts the v3
// document (meeting-schema.ts) is made of: zod schemas are the single source of the types.
// Lengths in the venue are centimetres, A-view: x grows to the audience's right, y grows from the
// rostrum (top of the seat map) towards the back of the hall.
import { z } from 'zod';
import type { DeepReadonly } from './readonly';
import { backgroundSchema } from './background';

export const FORMAT_NAME = 'zuoci';
export const CURRENT_SCHEMA_VERSION = 3;

const id = z.string().min(1).max(200);
const centimetres = z.number().finite();
const positiveCm = z.number().finite().positive();
const seatCount = z.number().int().min(1).max(1000);
/** Degrees clockwise; every element has one from v3 on, so the room designer needs no migration. */
const rotation = z.number().finite().min(-360).max(360).optional();

export const meetingMetaSchema = z.looseObject({
  title: z.string().max(200),
  date: z.string().max(40),
  place: z.string().max(200),
  status: z.enum(['draft', 'approved']),
  approvedBy: z.string().max(100).optional(),
  approvedAt: z.string().max(40).optional(),
});

/** 主席台: rows of seats behind tables, front row first. */
export const rostrumElementSchema = z.looseObject({
  id,
  kind: z.literal('rostrum'),
  rotation,
  name: z.string().max(50),
  x: centimetres,
  y: centimetres,
  rows: z.array(seatCount).min(1).max(10),
  seatPitch: positiveCm,
  rowPitch: positiveCm,
  /** 合影站台 (9.1): the rows are risers, the front row seated and the others standing; arranged as a rostrum. */
  risers: z.boolean().optional(),
});

/** 台下: a grid of rows; `aisles` lists the seat numbers after which an aisle runs. */
export const hallElementSchema = z.looseObject({
  id,
  kind: z.literal('hall'),
  rotation,
  name: z.string().max(50),
  x: centimetres,
  y: centimetres,
  rows: seatCount,
  seatsPerRow: seatCount,
  aisles: z.array(z.number().int().min(1)).max(50),
  seatPitch: positiveCm,
  rowPitch: positiveCm,
  aisleWidth: positiveCm,
  /** 7.2: seat numbers from the A-view left, or centre-out with odd numbers on the A-view right. */
  numbering: z.enum(['sequential', 'centre-out']).optional(),
  /**
   * 弧形排 (报告厅): the first row's radius; each row behind it is one row pitch wider, all around
   * one centre in front of the hall. Absent: straight rows. Optional, so no migration is needed.
   */
  arcRadius: positiveCm.optional(),
  /**
   * 扇形/梯形 halls: seats in each row, front row first, overriding seatsPerRow (rows not listed
   * have seatsPerRow). seatsPerRow stays the widest row: a shorter row is centred on it and its
   * seats keep the column of the seat behind them, so growing one row moves nobody else.
   */
  rowSeats: z.array(z.number().int().min(0).max(1000)).max(500).optional(),
  /** 错位排: every second row shifted half a seat to the right, so nobody looks at a head. */
  stagger: z.boolean().optional(),
  /** The number of the front row and of each row's first seat on labels and lists (default 1). */
  firstRow: z.number().int().min(0).max(999).optional(),
  firstSeat: z.number().int().min(0).max(999).optional(),
});

/**
 * Fixed objects the engine must know about but never fills: 发言席, 主持台, 屏幕, 门, 窗, 柱,
 * 台口线 (stage edge), 会标 (banner: its label is the banner's text) and a free text label.
 */
export const objectElementSchema = z.looseObject({
  id,
  kind: z.literal('object'),
  rotation,
  objectType: z.enum(['speaker-desk', 'chair-desk', 'screen', 'door', 'window', 'pillar', 'stage-edge', 'banner', 'text']),
  label: z.string().max(50),
  x: centimetres,
  y: centimetres,
  width: positiveCm,
  depth: positiveCm,
});

/**
 * 会议桌 and 宴会桌 (protocol 4, 5). (x, y) is the table's centre. A rectangular table lies along x
 * with a head end, two long sides and a foot end; the head is the end away from the screen.
 * - round: `sideSeats` seats around it;
 * - long: `sideSeats` on each long side, `headSeats`/`footSeats` (0 or 1) at the ends;
 * - u: a head table of `headSeats` across the closed end, two arms of `sideSeats`;
 * - hollow (回字形): as u, closed by a foot table of `footSeats`;
 * - oval: `sideSeats` seats around an ellipse, evenly spaced along its edge;
 * - sofa (会见, 9.2): no table; `headSeats` sofas side by side at the end away from the door
 *   (host and chief guest), `sideSeats` armchairs along each side.
 */
export const tableElementSchema = z.looseObject({
  id,
  kind: z.literal('table'),
  rotation,
  name: z.string().max(50),
  x: centimetres,
  y: centimetres,
  shape: z.enum(['round', 'long', 'u', 'hollow', 'oval', 'sofa']),
  /** 会议 (4.1, 4.3, 4.4), 会谈 (4.2), 宴会 (5) or 会见 (9.2). */
  purpose: z.enum(['meeting', 'talks', 'banquet', 'reception']),
  sideSeats: z.number().int().min(1).max(100),
  headSeats: z.number().int().min(0).max(100),
  footSeats: z.number().int().min(0).max(100),
  seatPitch: positiveCm,
  /** 主桌 of a banquet. */
  main: z.boolean(),
});

const point = z.looseObject({ x: centimetres, y: centimetres });

/**
 * 墙 / 会场轮廓: a wall line or the room's outline as a polygon. Points are centimetres from
 * (x, y), so moving the element moves them all; `closed` joins the last point to the first.
 */
export const wallElementSchema = z.looseObject({
  id,
  kind: z.literal('wall'),
  rotation,
  name: z.string().max(50),
  x: centimetres,
  y: centimetres,
  points: z.array(point).min(2).max(500),
  closed: z.boolean(),
  /** Wall thickness. */
  thickness: positiveCm,
});

export const elementSchema = z.discriminatedUnion('kind', [
  rostrumElementSchema,
  hallElementSchema,
  objectElementSchema,
  tableElementSchema,
  wallElementSchema,
]);

export const seatOverrideSchema = z.looseObject({
  disabled: z.boolean().optional(),
  label: z.string().max(20).optional(),
  /** 预留: kept for one category (工作人员, 媒体): the engine seats only that category here. */
  reserved: z.string().min(1).max(20).optional(),
});

/**
 * An element this version cannot read (a kind from a newer Zuoci, or damaged): kept as it was,
 * drawn as a labelled box, written back on save, never given to the engine.
 */
export const placeholderSchema = z.looseObject({
  original: z.unknown(),
  label: z.string().max(100),
  x: centimetres,
  y: centimetres,
  width: positiveCm,
  depth: positiveCm,
});

export const venueSchema = z.looseObject({
  name: z.string().max(100),
  width: positiveCm,
  depth: positiveCm,
  elements: z.array(elementSchema),
  seatOverrides: z.record(z.string(), seatOverrideSchema),
  placeholders: z.array(placeholderSchema).optional(),
  /** 底图: a traced floor plan under the drawing (issue 9); never printed, never affects seats. */
  background: backgroundSchema.optional(),
});

export const personSchema = z.looseObject({
  id,
  name: z.string().min(1).max(100),
  unit: z.string().max(200),
  title: z.string().max(200),
  /** 排序号: 1 is the highest; null when the roster gives none. */
  rank: z.number().int().positive().nullable(),
  category: z.string().max(20),
  /** 座区 from the roster (主席台 / 台下), empty when not given. */
  seatZone: z.string().max(20),
  gender: z.string().max(10),
  ethnicity: z.string().max(20),
  note: z.string().max(500),
  /** Position in the imported roster (0-based): the last tie-breaker. */
  rosterIndex: z.number().int().min(0),
  /** 请假: stays on the roster, gets no seat (protocol 8.1). */
  absent: z.boolean(),
  /** 代会: the id of the absent person whose place this person takes. */
  substituteFor: z.string().nullable(),
  /** 角色 (1.7, 4.1, 9.4): 主持人, 汇报人, 发言人 or 召集人; absent for everyone else. */
  role: z.enum(['主持人', '汇报人', '发言人', '召集人']).optional(),
  /** 议题: the agenda items (1-based) this person attends or reports on; absent = every item. */
  agendaItems: z.array(z.number().int().min(1).max(999)).max(100).optional(),
  /** 分组: the discussion group (9.4), e.g. 第一组. */
  group: z.string().max(50).optional(),
  /** The name as the roster spelled it, when normalising changed it (王　芳 → 王芳): shown, never printed. */
  originalName: z.string().max(200).optional(),
  /** The roster's ID column (编号, 身份证号…): re-imports match people by it when it is mapped. */
  externalId: z.string().max(100).optional(),
});

/** Per-zone arrangement settings; every field is optional in a file and filled from defaults. */
const zoneRulesShape = {
  /** 左为上 (党政, default) or 右为上 (涉外/商务). */
  convention: z.enum(['left', 'right']),
  /** Reading of the even-count rule, protocol 1.3. */
  evenRule: z.enum(['centre-pair', 'leader-right']),
  /** Hall method (2.2): 横排法, 竖排法, 左右排列法. */
  method: z.enum(['rows', 'columns', 'centre']),
  /** 横排法 direction: A-view left to right, or R-view left to right (A-view right to left). */
  direction: z.enum(['a-left', 'r-left']),
  /** 蛇形: every other row reversed. */
  snake: z.boolean(),
  order: z.enum(['rank', 'strokes', 'pinyin', 'unit', 'roster']),
  /** 按单位就座 (2.3). */
  groupByUnit: z.boolean(),
  /** 竖排法 unit strips: from the A-view left, or centre-out. */
  unitPlacement: z.enum(['left-to-right', 'centre-out']),
  /** 列席 in the side blocks instead of behind 出席 (2.1). */
  attendeesAtSides: z.boolean(),
  /** 请假: leave the seat empty, or move the people after them up (递补), 8.1. */
  absentees: z.enum(['leave-empty', 'move-up']),
  /** 宴会 guests 1–4 (5.2): the usual pattern, or 外事 (guest 2 on the deputy host's right). */
  banquetPattern: z.enum(['standard', 'foreign']),
  /** 主持人 on the rostrum (1.7): by rank, in No.1's seat, or at an end of the front row. */
  chairSeat: z.enum(['by-rank', 'front-centre', 'front-end']),
  /** 8.1: whether a 代会 substitute takes an absent rostrum leader's seat (the leaders decided so). */
  substituteTakesRostrumSeat: z.boolean(),
  /** 1.7: 发言人 wait in the hall's front row at the end nearest the speaker's desk, in speaking order. */
  speakersWaitingSeats: z.boolean(),
  /** 4.1 (meeting tables): 汇报人 and 列席 of agenda items that do not overlap use one seat in turn. */
  agendaTurns: z.boolean(),
};
export const zoneRulesSchema = z.looseObject(zoneRulesShape).partial();

export const orderingSchema = z.looseObject({
  /** The user's list of units, most senior first. */
  unitOrder: z.array(z.string().max(200)).max(5000),
  singleGivenName: z.enum(['blank-first', 'compare']),
});

/** 6.2: A4 folded in two or three, 200 × 100 mm inserts, or a custom face size. */
export const cardFormatSchema = z.enum(['a4-fold2', 'a4-fold3', 'insert-200x100', 'custom']);

export const seatMapSettingsSchema = z.looseObject({
  paper: z.enum(['A4', 'A3']),
  landscape: z.boolean(),
  /** 7.1: A-view with the rostrum at the top, or R-view for a leaders' briefing sheet. */
  view: z.enum(['a', 'r']),
  /** 第1排 or 第一排. */
  rowLabels: z.enum(['arabic', 'chinese']),
  /** The map's own words (title, row labels, legend, the app's zone names) in Chinese, or in English for foreign guests. */
  language: z.enum(['zh-CN', 'en']).optional(),
});

export const printSettingsSchema = z.looseObject({
  cardFormat: cardFormatSchema,
  /** Face size in millimetres for the custom format. */
  customWidth: z.number().min(50).max(420),
  customHeight: z.number().min(30).max(300),
  /** 'bundled' or a font file path chosen by the user. */
  font: z.string().max(1000),
  /** Font for characters the main font lacks (6.4): 'bundled-fallback', a path, or 'none'. */
  fallbackFont: z.string().max(1000),
  secondLine: z.enum(['none', 'title', 'unit']),
  /** A pinyin line under the name, for foreign guests. */
  englishLine: z.boolean(),
  widenTwoChar: z.boolean(),
  /** 竖排: the name in a column, for narrow cards. */
  vertical: z.boolean(),
  /** Fold and cut marks. */
  marks: z.boolean(),
  /** The name on each seat's card when cards were last printed (8.2: reprint only what changed). */
  lastPrinted: z.record(z.string(), z.string()),
  map: seatMapSettingsSchema,
});

// Top level is loose: fields written by a newer Zuoci survive a round trip through this one.
export const projectSchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  schemaVersion: z.number().int(),
  meta: meetingMetaSchema,
  venue: venueSchema,
  people: z.array(personSchema),
  /** seatId → personId */
  assignment: z.record(z.string(), z.string()),
  /** Seats whose current occupant the engine must not move (领导特殊交待). */
  locks: z.array(z.string()),
  /** Per zone (element id). */
  rules: z.record(z.string(), zoneRulesSchema),
  ordering: orderingSchema,
  print: printSettingsSchema,
  /** 乘车 (9.5): the vehicles in order (1号车…), passengers each, the driver not counted. */
  vehicles: z.array(z.object({ name: z.string().min(1).max(50), passengers: z.number().int().min(1).max(60) })).max(500).optional(),
  /** 列席按议题进出 (4.1): seatId → who uses the seat after its occupant, for later agenda items that do not overlap. */
  sharedSeats: z.record(z.string(), z.array(z.string()).max(1000)).optional(),
});

export type MeetingMeta = DeepReadonly<z.infer<typeof meetingMetaSchema>>;
export type RostrumElement = DeepReadonly<z.infer<typeof rostrumElementSchema>>;
export type HallElement = DeepReadonly<z.infer<typeof hallElementSchema>>;
export type ObjectElement = DeepReadonly<z.infer<typeof objectElementSchema>>;
export type TableElement = DeepReadonly<z.infer<typeof tableElementSchema>>;
export type WallElement = DeepReadonly<z.infer<typeof wallElementSchema>>;
export type SeatOverride = DeepReadonly<z.infer<typeof seatOverrideSchema>>;
export type VenueElement = DeepReadonly<z.infer<typeof elementSchema>>;
export type Venue = DeepReadonly<z.infer<typeof venueSchema>>;
export type ElementPlaceholder = DeepReadonly<z.infer<typeof placeholderSchema>>;
export type Person = DeepReadonly<z.infer<typeof personSchema>>;
/** Typed from the strict shape: a file's unknown rule fields survive, but code names only these. */
export type ZoneRules = DeepReadonly<Required<z.infer<z.ZodObject<typeof zoneRulesShape>>>>;
export type RostrumRules = Pick<ZoneRules, 'convention' | 'evenRule'>;
export type Ordering = DeepReadonly<z.infer<typeof orderingSchema>>;
export type PrintSettings = DeepReadonly<z.infer<typeof printSettingsSchema>>;
export type CardFormat = DeepReadonly<z.infer<typeof cardFormatSchema>>;
export type SeatMapSettings = DeepReadonly<z.infer<typeof seatMapSettingsSchema>>;
/** One session's plan: deeply readonly, so no code can change a document by accident. */
export type Project = DeepReadonly<z.infer<typeof projectSchema>>;

export const DEFAULT_ZONE_RULES: ZoneRules = {
  convention: 'left',
  evenRule: 'centre-pair',
  method: 'rows',
  direction: 'a-left',
  snake: false,
  order: 'rank',
  groupByUnit: false,
  unitPlacement: 'left-to-right',
  attendeesAtSides: false,
  absentees: 'leave-empty',
  banquetPattern: 'standard',
  chairSeat: 'by-rank',
  substituteTakesRostrumSeat: false,
  speakersWaitingSeats: false,
  agendaTurns: false,
};

export const DEFAULT_ORDERING: Ordering = { unitOrder: [], singleGivenName: 'blank-first' };

/**
 * A zone's rules with defaults filled in. On a rostrum an absentee's place closes up (递补) unless
 * the zone says otherwise (8.1: a hole beside No.1 is never the default).
 */
export const rulesFor = (project: Pick<Project, 'rules'> & { venue?: Pick<Venue, 'elements'> }, elementId: string): ZoneRules => {
  const rostrum = project.venue?.elements.some((e) => e.id === elementId && e.kind === 'rostrum') ?? false;
  return { ...DEFAULT_ZONE_RULES, ...(rostrum ? { absentees: 'move-up' as const } : {}), ...project.rules[elementId] };
};

export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  cardFormat: 'a4-fold2',
  customWidth: 200,
  customHeight: 90,
  font: 'bundled',
  fallbackFont: 'bundled-fallback',
  secondLine: 'none',
  englishLine: false,
  widenTwoChar: true,
  vertical: false,
  marks: true,
  lastPrinted: {},
  map: { paper: 'A3', landscape: true, view: 'a', rowLabels: 'arabic' },
};
