// The document v3 (.zuoci): one meeting — its meta, ONE roster, groups (分组), agenda (议题) —
// and several sessions (全体会议, 分组讨论, 宴会, 合影…), each with its own room and plan.
// Every object is loose: fields written by a newer Zuoci survive a round trip through this one.
import { z } from 'zod';
import {
  FORMAT_NAME, meetingMetaSchema, orderingSchema, personSchema, printSettingsSchema, projectSchema, venueSchema, zoneRulesSchema,
} from './schema';
import type { DeepReadonly } from './readonly';
import { changeLogSchema } from './change-log-schema';

export const MEETING_SCHEMA_VERSION = 3;

const id = z.string().min(1).max(200);

/** A person on the meeting's roster. Absence is per session, so it is not here. */
export const rosterPersonSchema = personSchema.omit({ absent: true });

/** 分组: 第一组… A person may belong to several groups. */
export const groupSchema = z.looseObject({
  id,
  name: z.string().min(1).max(50),
  memberIds: z.array(id).max(20000),
});

/** 议题: its number, title, 汇报人 and 列席 (protocol 4.1: 列席 attend for their item only). */
export const agendaItemSchema = z.looseObject({
  id,
  number: z.number().int().min(1).max(1000),
  title: z.string().max(200),
  reporterIds: z.array(id).max(1000),
  attendeeIds: z.array(id).max(1000),
});

export const SESSION_KINDS = ['plenary', 'group', 'meeting-table', 'talks', 'banquet', 'photo', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/**
 * Who attends a session: anyone matched by one of these (a union), minus `excludedIds`. Stand-ins
 * (代会) attend the sessions where they stand in, whatever this says.
 */
export const attendanceSchema = z.looseObject({
  everyone: z.boolean().optional(),
  categories: z.array(z.string().max(20)).max(100).optional(),
  groupIds: z.array(id).max(1000).optional(),
  agendaItemIds: z.array(id).max(1000).optional(),
  personIds: z.array(id).max(20000).optional(),
  excludedIds: z.array(id).max(20000).optional(),
});

/** 出席 (the default, not stored), 请假, or 代会 with the stand-in's id. */
export const attendanceStatusSchema = z.looseObject({
  status: z.enum(['absent', 'substituted']),
  substituteId: id.optional(),
});

export const sessionPrintSchema = printSettingsSchema.omit({ lastPrinted: true });

export const sessionSchema = z.looseObject({
  id,
  name: z.string().min(1).max(50),
  kind: z.enum(SESSION_KINDS),
  venue: venueSchema,
  /** seatId → personId */
  assignment: z.record(z.string(), z.string()),
  locks: z.array(z.string()),
  rules: z.record(z.string(), zoneRulesSchema),
  print: sessionPrintSchema,
  /**
   * The name on each seat's card when cards were last printed (8.2): a recorded fact, kept apart
   * from the print settings so undoing a settings change never forgets what was printed.
   */
  printedCards: z.record(z.string(), z.string()),
  attendance: attendanceSchema,
  /** personId → status in this session; people not listed are 出席. */
  statuses: z.record(z.string(), attendanceStatusSchema),
  /** 乘车 (9.5): this session's cars in order. */
  vehicles: projectSchema.shape.vehicles,
  /** 签到 (sign-in desk): personId → ISO time of check-in. A recorded fact, outside undo; optional, so no migration. */
  checkIns: z.record(z.string(), z.string().max(40)).optional(),
  /** Seats used in turn by agenda item (4.1); optional, so no migration. */
  sharedSeats: projectSchema.shape.sharedSeats,
});

/** A record this version could not read: kept as it was and written back on save, never lost. */
export interface SetAsideRecord {
  collection: 'people' | 'groups' | 'agenda' | 'sessions';
  record: unknown;
}

export const meetingSchema = z.looseObject({
  format: z.literal(FORMAT_NAME),
  schemaVersion: z.number().int(),
  meta: meetingMetaSchema,
  people: z.array(rosterPersonSchema),
  groups: z.array(groupSchema),
  agenda: z.array(agendaItemSchema),
  ordering: orderingSchema,
  sessions: z.array(sessionSchema).min(1),
  /** 修改记录: who changed what and when (bounded); a recorded fact, outside undo; optional, so no migration. */
  changeLog: changeLogSchema.optional(),
});

export type RosterPerson = DeepReadonly<z.infer<typeof rosterPersonSchema>>;
export type Group = DeepReadonly<z.infer<typeof groupSchema>>;
export type AgendaItem = DeepReadonly<z.infer<typeof agendaItemSchema>>;
export type Attendance = DeepReadonly<z.infer<typeof attendanceSchema>>;
export type AttendanceStatus = DeepReadonly<z.infer<typeof attendanceStatusSchema>>;
export type Session = DeepReadonly<z.infer<typeof sessionSchema>>;
export type Meeting = DeepReadonly<z.infer<typeof meetingSchema>> & {
  /** Records set aside on load (never written by this version, re-emitted on save). Not part of the file format. */
  readonly setAside?: readonly SetAsideRecord[];
};
