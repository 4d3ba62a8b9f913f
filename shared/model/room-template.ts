// 会场模板 (.zuoci-room): a room and its zone rules, without people, to start meetings and sessions
// from. It carries a format name and a version and migrates like a document; loading forgives
// damage (a bad element becomes a placeholder, bad rules take defaults) and never throws.
import { both } from '../i18n/text';
import { isRecord, Notes, restoreVenue, type Json } from './restore-parts';
import { zoneRulesSchema, type Venue, type ZoneRules } from './schema';
import type { SessionKind } from './meeting-schema';
import { failBoth, ok, type Result } from './user-error';

export const ROOM_FORMAT_NAME = 'zuoci-room';
export const ROOM_SCHEMA_VERSION = 1;
export const ROOM_FILE_EXTENSION = '.zuoci-room';

export interface RoomTemplate {
  name: string;
  venue: Venue;
  rules: Record<string, Partial<ZoneRules>>;
}

/** Numbered pure migrations of the template format: ROOM_MIGRATIONS[n] turns version n+1 into n+2 (none yet). */
export const ROOM_MIGRATIONS: ReadonlyArray<(doc: Json) => Json> = [];

const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/** A template from parsed JSON: its name, room and rules, with every problem named. */
export function roomTemplateFrom(raw: unknown): Result<RoomTemplate> {
  if (!isRecord(raw)) return failBoth(both('无法读取会场模板：内容不是模板。', 'Cannot read the room template: it does not hold one.'));
  if (raw.format !== ROOM_FORMAT_NAME) return failBoth(both('无法读取：这不是座次会场模板（.zuoci-room）文件。', 'Cannot read: this is not a Zuoci room template (.zuoci-room).'), { field: 'format' });
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failBoth(both('无法读取：模板缺少有效的版本号。', 'Cannot read: the template has no valid version number.'), { field: 'schemaVersion' });
  }
  const notes = new Notes();
  if (version > ROOM_SCHEMA_VERSION) {
    notes.add(both(`此模板由较新版本的座次保存（格式版本 ${version}），本版本不认识的内容可能不显示。`,
      `This template was saved by a newer Zuoci (format ${version}); what this version does not know may not be shown.`));
  }
  let doc: Json = raw;
  for (let v = version; v < ROOM_SCHEMA_VERSION; v++) doc = ROOM_MIGRATIONS[v - 1]!(doc);
  const name = typeof doc.name === 'string' && doc.name.trim() ? doc.name.trim().slice(0, 100) : '';
  const venue = restoreVenue(doc.venue, both('会场', 'Room'), notes);
  const templateName = name || venue.name || '会场模板';
  const ids = new Set(venue.elements.map((e) => e.id));
  const rules: Record<string, Partial<ZoneRules>> = {};
  for (const [zone, value] of Object.entries(isRecord(doc.rules) ? doc.rules : {})) {
    const parsed = zoneRulesSchema.safeParse(value);
    // Rules of a zone the room does not have would never be used: dropped quietly.
    if (parsed.success && ids.has(zone)) rules[zone] = parsed.data;
    else if (!parsed.success) notes.add(both(`区域 ${zone} 的规则无法读取，已用默认规则`, `The rules of zone ${zone} could not be read; the defaults are used`));
  }
  return ok({ name: templateName, venue, rules }, notes.list);
}

export function loadRoomTemplate(text: string): Result<RoomTemplate> {
  if (text.length > MAX_TEXT_LENGTH) return failBoth(both('无法读取：文件过大，不像会场模板。', 'Cannot read: the file is far too large for a room template.'));
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return failBoth(both('无法读取：文件已损坏或不是会场模板（内容不是有效的 JSON）。', 'Cannot read: the file is damaged or not a room template (not valid JSON).'));
  }
  try {
    return roomTemplateFrom(raw);
  } catch (error) {
    return failBoth(both(`无法读取会场模板（${(error as Error).message}）。`, `Cannot read the room template (${(error as Error).message}).`));
  }
}

/** The file form: placeholders (elements this version could not read) go back as they were. */
export function serializeRoomTemplate(template: RoomTemplate): string {
  const { placeholders, ...venue } = template.venue;
  const elements = [...venue.elements, ...(placeholders ?? []).map((p) => p.original)];
  const file = { format: ROOM_FORMAT_NAME, schemaVersion: ROOM_SCHEMA_VERSION, name: template.name, venue: { ...venue, elements }, rules: template.rules };
  return JSON.stringify(file, null, 2) + '\n';
}

/** A session's room as a template: the room and its rules; people, seating and locks stay behind. */
export function templateOfRoom(name: string, room: { venue: Venue; rules: Readonly<Record<string, Partial<ZoneRules>>> }): RoomTemplate {
  const ids = new Set(room.venue.elements.map((e) => e.id));
  const rules = Object.fromEntries(Object.entries(room.rules).filter(([id]) => ids.has(id))) as Record<string, Partial<ZoneRules>>;
  return { name: name.trim().slice(0, 100) || room.venue.name, venue: { ...room.venue, name: name.trim().slice(0, 100) || room.venue.name }, rules };
}

/** A file name for a template: its name without characters file systems refuse. */
export function templateFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const base = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').trim().slice(0, 80) || '会场模板';
  return `${base}${ROOM_FILE_EXTENSION}`;
}

/** What kind of session a room suits: 宴会 with banquet tables, 会议 round a table, else 全体会议. */
export function sessionKindForRoom(venue: Pick<Venue, 'elements'>): SessionKind {
  const tables = venue.elements.filter((e) => e.kind === 'table');
  if (tables.some((t) => t.purpose === 'banquet')) return 'banquet';
  return tables.length ? 'meeting-table' : 'plenary';
}
