// Reading a (migrated) v3 meeting record by record: a bad person, group, agenda item or session is
// set aside (reported by name, written back unchanged on save), bad fields take defaults, broken
// references are repaired and reported. Nothing here throws for any input.
import { both } from '../i18n/text';
import { describeError } from './describe-issue';
import { newId } from './ids';
import {
  agendaItemSchema, attendanceSchema, attendanceStatusSchema, groupSchema, rosterPersonSchema, sessionPrintSchema, SESSION_KINDS,
  type Meeting, type RosterPerson, type Session, type SetAsideRecord,
} from './meeting-schema';
import { repairReferences } from './repair';
import { restoreChangeLog } from './change-log';
import { isRecord, Notes, restoreFields, restoreVenue, type Json } from './restore-parts';
import { DEFAULT_ORDERING, DEFAULT_PRINT_SETTINGS, meetingMetaSchema, orderingSchema, zoneRulesSchema, type ZoneRules } from './schema';
import type { UserError } from './user-error';

const { lastPrinted: _printed, ...DEFAULT_SESSION_PRINT } = DEFAULT_PRINT_SETTINGS;
const DEFAULT_META = { title: '', date: '', place: '', status: 'draft' as const };

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const nameOf = (raw: unknown): string => (isRecord(raw) && typeof raw.name === 'string' ? raw.name.slice(0, 40) : '');

/** A record of string → string, without the entries that are not. */
function stringRecord(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

/** seatId → person ids (seats used in turn), without the entries that are not. */
function idListRecord(value: unknown): Record<string, string[]> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(Object.entries(value).flatMap(([seat, ids]) => (Array.isArray(ids) ? [[seat, ids.filter((id): id is string => typeof id === 'string')]] : [])));
}

function restoreSession(raw: Json, index: number, notes: Notes): Session {
  const label = typeof raw.name === 'string' && raw.name ? raw.name.slice(0, 50) : `会议 ${index + 1}`;
  const where = both(`场次“${label}”`, `Session "${label}"`);
  const rules: Record<string, Partial<ZoneRules>> = {};
  for (const [zone, value] of Object.entries(isRecord(raw.rules) ? raw.rules : {})) {
    const parsed = zoneRulesSchema.safeParse(value);
    if (parsed.success) rules[zone] = parsed.data;
    else notes.add(both(`${where.zh}：区域规则 ${zone} 无法读取，已用默认规则`, `Session "${label}": the rules of zone ${zone} could not be read; the defaults are used`));
  }
  const statuses: Record<string, Session['statuses'][string]> = {};
  for (const [personId, value] of Object.entries(isRecord(raw.statuses) ? raw.statuses : {})) {
    const parsed = attendanceStatusSchema.safeParse(value);
    if (parsed.success) statuses[personId] = parsed.data;
  }
  const attendance = attendanceSchema.safeParse(raw.attendance);
  return {
    ...raw,
    id: typeof raw.id === 'string' && raw.id && raw.id.length <= 200 ? raw.id : newId(),
    name: label,
    kind: SESSION_KINDS.includes(raw.kind as never) ? (raw.kind as Session['kind']) : 'other',
    venue: restoreVenue(raw.venue, where, notes),
    assignment: stringRecord(raw.assignment),
    locks: list(raw.locks).filter((seat): seat is string => typeof seat === 'string'),
    rules,
    print: restoreFields(sessionPrintSchema, raw.print, DEFAULT_SESSION_PRINT, where, notes),
    printedCards: stringRecord(raw.printedCards),
    attendance: attendance.success ? attendance.data : { everyone: true },
    statuses,
    ...(raw.checkIns !== undefined ? { checkIns: stringRecord(raw.checkIns) } : {}),
    ...(raw.sharedSeats !== undefined ? { sharedSeats: idListRecord(raw.sharedSeats) } : {}),
  };
}

/** Each record of a collection checked alone; the ones that fail are set aside and named. */
function restoreRecords<T>(
  raws: unknown[], collection: SetAsideRecord['collection'], read: (raw: unknown, index: number) => { ok: true; value: T } | { ok: false; why: { zh: string; en: string } },
  label: { zh: string; en: string }, notes: Notes, setAside: SetAsideRecord[],
): T[] {
  const kept: T[] = [];
  raws.forEach((raw, index) => {
    const read_ = read(raw, index);
    if (read_.ok) {
      kept.push(read_.value);
      return;
    }
    setAside.push({ collection, record: raw });
    const name = nameOf(raw);
    notes.add(both(`${label.zh}${name ? `“${name}”` : ''}（第 ${index + 1} 条）未能读取，已保留原样但暂不显示：${read_.why.zh}`,
      `${label.en}${name ? ` "${name}"` : ''} (no. ${index + 1}) could not be read; it is kept unchanged but not shown: ${read_.why.en}`), `${collection}.${index}`);
  });
  return kept;
}

const viaSchema = <T>(schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false; error: import('zod').ZodError } }) =>
  (raw: unknown) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? { ok: true as const, value: parsed.data } : { ok: false as const, why: describeError(parsed.error) };
  };

export function restoreMeeting(doc: Json, version: number): { meeting: Meeting; notes: UserError[] } {
  const notes = new Notes();
  const setAside: SetAsideRecord[] = [];
  const people = restoreRecords<RosterPerson>(list(doc.people), 'people', viaSchema(rosterPersonSchema), both('人员', 'Person'), notes, setAside);
  const groups = restoreRecords(list(doc.groups), 'groups', viaSchema(groupSchema), both('分组', 'Group'), notes, setAside);
  const agenda = restoreRecords(list(doc.agenda), 'agenda', viaSchema(agendaItemSchema), both('议题', 'Agenda item'), notes, setAside);
  const sessions = restoreRecords<Session>(list(doc.sessions), 'sessions',
    (raw, index) => (isRecord(raw) ? { ok: true, value: restoreSession(raw, index, notes) } : { ok: false, why: both('不是场次记录', 'not a session record') }),
    both('场次', 'Session'), notes, setAside);
  const meeting: Meeting = {
    ...doc,
    format: 'zuoci',
    schemaVersion: version,
    meta: restoreFields(meetingMetaSchema, doc.meta, DEFAULT_META, both('会议信息', 'Meeting details'), notes),
    people,
    groups,
    agenda,
    ordering: restoreFields(orderingSchema, doc.ordering, { ...DEFAULT_ORDERING, unitOrder: [] }, both('排序设置', 'Ordering settings'), notes),
    sessions,
    ...(Array.isArray(doc.changeLog) ? { changeLog: restoreChangeLog(doc.changeLog)! } : {}),
    ...(setAside.length ? { setAside } : {}),
  };
  return { meeting: repairReferences(meeting, notes), notes: notes.list };
}
