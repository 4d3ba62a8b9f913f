// 修改记录: who changed what and when, per session. Every undo step (and every undo or redo) adds
// an entry described from the records the step changed (records.ts), as codes with parameters
// that read in either language: 移动 张三 台下 1排 1座→台下 1排 3座, 编辑名单 李四 职务, 排座 主席台…
// The log is a recorded fact kept in the file (bounded), outside undo: undo never erases it.
import { deriveSeats, type Seat } from '../layout/seats';
import { seatCode, placeName } from '../i18n/place-names';
import { both, inLanguage, type Bilingual, type Language } from '../i18n/text';
import { CHANGE_LOG_LIMIT, changeEntrySchema } from './change-log-schema';
import type { AgendaItem, Meeting, RosterPerson, Session } from './meeting-schema';
import type { RecordChange } from './records';
import type { Venue } from './schema';

export type ChangeParam = string | number | Bilingual;
export interface ChangeItem {
  readonly code: string;
  readonly params: Readonly<Record<string, ChangeParam>>;
}
export interface ChangeEntry {
  readonly at: string;
  readonly by: string;
  readonly sessionId: string;
  readonly kind: 'edit' | 'undo' | 'redo';
  readonly what: readonly ChangeItem[];
}

/** More moved people than this in one step is an arrangement (排座), told per zone. */
const MOVES_LISTED = 5;
/** Items kept per entry: an import changes thousands of records; the entry names the first ones. */
const ITEMS_LISTED = 12;

const item = (code: string, params: Record<string, ChangeParam> = {}): ChangeItem => ({ code, params });

const seatCache = new WeakMap<Venue, Map<string, Seat>>();
function seatsOf(venue: Venue): Map<string, Seat> {
  let seats = seatCache.get(venue);
  if (!seats) seatCache.set(venue, (seats = new Map(deriveSeats(venue).map((seat) => [seat.id, seat]))));
  return seats;
}

/** A seat in both languages, from the room before or after the change (a removed seat still has a name). */
function seatWords(seatId: string, venues: readonly (Venue | undefined)[]): Bilingual {
  for (const venue of venues) {
    const seat = venue && seatsOf(venue).get(seatId);
    if (seat) return both(seatCode(seat, 'zh-CN'), seatCode(seat, 'en'));
  }
  return both(seatId, seatId);
}

function zoneWords(seatId: string, venues: readonly (Venue | undefined)[]): Bilingual {
  for (const venue of venues) {
    const seat = venue && seatsOf(venue).get(seatId);
    if (seat) return both(placeName(seat.zoneName, 'zh-CN'), placeName(seat.zoneName, 'en'));
  }
  return both('?', '?');
}

/** Roster fields in both languages, for 编辑名单 李四 职务. */
const FIELD_NAMES: Record<string, Bilingual> = {
  name: both('姓名', 'name'), unit: both('单位', 'unit'), title: both('职务', 'title'), rank: both('排序号', 'rank'),
  category: both('类别', 'category'), seatZone: both('座区', 'seat zone'), gender: both('性别', 'gender'),
  ethnicity: both('民族', 'ethnicity'), note: both('备注', 'note'), role: both('角色', 'role'),
  agendaItems: both('议题', 'agenda items'), group: both('分组', 'group'), substituteFor: both('代会', 'stands in for'),
  rosterIndex: both('序号', 'order'),
};

const joinBoth = (list: readonly Bilingual[]): Bilingual => both(list.map((b) => b.zh).join('、'), list.map((b) => b.en).join(', '));

interface Context {
  nameOf: (personId: string) => string;
  venues: (sessionId: string) => (Venue | undefined)[];
}

function assignmentItems(sessionId: string, change: RecordChange, ctx: Context): ChangeItem[] {
  const before = (change.before ?? {}) as Record<string, string>;
  const after = (change.after ?? {}) as Record<string, string>;
  const from = new Map<string, string>();
  const to = new Map<string, string>();
  for (const [seat, person] of Object.entries(before)) if (after[seat] !== person) from.set(person, seat);
  for (const [seat, person] of Object.entries(after)) if (before[seat] !== person) to.set(person, seat);
  const people = [...new Set([...from.keys(), ...to.keys()])];
  const venues = ctx.venues(sessionId);
  if (people.length > MOVES_LISTED) {
    const zones = new Map<string, Bilingual>();
    for (const seat of [...from.values(), ...to.values()]) {
      const zone = zoneWords(seat, venues);
      zones.set(zone.zh, zone);
    }
    return [item('arrange', { zones: joinBoth([...zones.values()]), count: people.length })];
  }
  return people.map((person) => {
    const name = ctx.nameOf(person);
    const a = from.get(person);
    const b = to.get(person);
    if (a && b) return item('move', { name, from: seatWords(a, venues), to: seatWords(b, venues) });
    if (b) return item('seat', { name, to: seatWords(b, venues) });
    return item('unseat', { name, from: seatWords(a!, venues) });
  });
}

/** 汇报人 / 列席 tied to or untied from an item: 列席 金霞 → 议题 1. */
function tieItems(before: AgendaItem, after: AgendaItem, ctx: Context): ChangeItem[] {
  const items: ChangeItem[] = [];
  for (const [key, role] of [['reporterIds', 'reporter'], ['attendeeIds', 'attendee']] as const) {
    const was = new Set(before[key]);
    const now = new Set(after[key]);
    for (const id of now) if (!was.has(id)) items.push(item('tie', { name: ctx.nameOf(id), role: ROLE_WORDS[role], number: after.number }));
    for (const id of was) if (!now.has(id)) items.push(item('untie', { name: ctx.nameOf(id), role: ROLE_WORDS[role], number: after.number }));
  }
  return items;
}

const ROLE_WORDS = { reporter: both('汇报人', 'reporter'), attendee: both('列席', 'observer') };

/** Fields an agenda tie changes on the person too: told by the tie, not again as a roster edit. */
const AGENDA_FIELDS = new Set(['agendaItems', 'role']);

function personItem(change: RecordChange): ChangeItem {
  const before = change.before as RosterPerson | undefined;
  const after = change.after as RosterPerson | undefined;
  if (!before) return item('addPerson', { name: after!.name });
  if (!after) return item('removePerson', { name: before.name });
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((key) => before[key as keyof RosterPerson] !== after[key as keyof RosterPerson]);
  if (keys.every((key) => AGENDA_FIELDS.has(key))) return item('agendaFields', { name: after.name });
  const fields = keys.map((key) => FIELD_NAMES[key] ?? both(key, key));
  return item('editPerson', { name: after.name, fields: joinBoth(fields) });
}

function venueItems(change: RecordChange): ChangeItem[] {
  const before = change.before as Venue | undefined;
  const after = change.after as Venue | undefined;
  if (!before || !after) return [item('editRoom')];
  const old = new Map(before.elements.map((e) => [e.id, e]));
  const now = new Map(after.elements.map((e) => [e.id, e]));
  const nameOf = (e: Venue['elements'][number]) => {
    const raw = e.kind === 'object' ? e.label : e.name;
    return both(placeName(raw, 'zh-CN'), placeName(raw, 'en'));
  };
  const items: ChangeItem[] = [];
  for (const [id, e] of now) {
    const was = old.get(id);
    if (!was) items.push(item('addElement', { element: nameOf(e) }));
    else if (was !== e) items.push(item('editElement', { element: nameOf(e) }));
  }
  for (const [id, e] of old) if (!now.has(id)) items.push(item('removeElement', { element: nameOf(e) }));
  if (before.seatOverrides !== after.seatOverrides) items.push(item('editSeats'));
  if (items.length === 0) items.push(item('editRoom'));
  return items;
}

function statusItems(change: RecordChange, ctx: Context): ChangeItem[] {
  const before = (change.before ?? {}) as Session['statuses'];
  const after = (change.after ?? {}) as Session['statuses'];
  const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
  const items: ChangeItem[] = [];
  for (const id of ids) {
    const a = after[id];
    if (before[id] === a) continue;
    if (!a) items.push(item('markPresent', { name: ctx.nameOf(id) }));
    else if (a.status === 'absent') items.push(item('markAbsent', { name: ctx.nameOf(id) }));
    else items.push(item('substitute', { name: ctx.nameOf(id), substitute: a.substituteId ? ctx.nameOf(a.substituteId) : '' }));
  }
  return items;
}

function lockItems(change: RecordChange): ChangeItem[] {
  const before = new Set((change.before ?? []) as readonly string[]);
  const after = new Set((change.after ?? []) as readonly string[]);
  const locked = [...after].filter((seat) => !before.has(seat)).length;
  const unlocked = [...before].filter((seat) => !after.has(seat)).length;
  return [...(locked ? [item('lock', { count: locked })] : []), ...(unlocked ? [item('unlock', { count: unlocked })] : [])];
}

const SESSION_PART_CODES: Record<string, string> = {
  rules: 'editRules', print: 'editPrint', printedCards: 'printed', attendance: 'editAttendance',
  vehicles: 'editVehicles', checkIns: 'checkIns', sharedSeats: 'editTurns',
};

/**
 * What one step changed, from its records (diffMeetings), as codes with parameters. `before` and
 * `after` are the meetings on either side of the step (for names of people and seats).
 */
export function describeChanges(changes: readonly RecordChange[], before: Meeting, after: Meeting): ChangeItem[] {
  // Names are looked up for a handful of people at most: the map is built only when asked.
  let people: Map<string, string> | null = null;
  const nameOf = (id: string) => {
    people ??= new Map([...before.people, ...after.people].map((p) => [p.id, p.name]));
    return people.get(id) ?? '?';
  };
  const venueOf = (meeting: Meeting, id: string) => meeting.sessions.find((s) => s.id === id)?.venue;
  const ctx: Context = { nameOf, venues: (id) => [venueOf(after, id), venueOf(before, id)] };
  const sessionName = (id: string) => (after.sessions.find((s) => s.id === id) ?? before.sessions.find((s) => s.id === id))?.name ?? '';
  const items: ChangeItem[] = [];
  let personEdits = 0;
  for (const change of changes) {
    if (change.key === 'top/changeLog') continue; // the log itself is not a change to tell
    const [kind, id, part] = change.key.split('/') as [string, string, string | undefined];
    if (kind === 'people') {
      personEdits++;
      const told = personItem(change);
      if (told.code !== 'agendaFields' || !changes.some((c) => c.key.startsWith('agenda/'))) items.push(told);
    } else if (kind === 'order') {
      // An item added or removed changes the order record too: told by the item itself.
      const a = (change.before ?? []) as readonly string[];
      const b = (change.after ?? []) as readonly string[];
      if (a.length !== b.length || !a.every((x) => b.includes(x))) continue;
      if (id === 'agenda') items.push(item('reorderAgenda'));
      else if (id === 'sessions') items.push(item('reorderSessions'));
    } else if (kind === 'agenda') {
      const a = (change.after ?? change.before) as AgendaItem;
      const ties = change.before && change.after ? tieItems(change.before as AgendaItem, a, ctx) : [];
      const b = change.before as AgendaItem | undefined;
      const renamed = !b || !change.after || b.title !== a.title || b.number !== a.number;
      if (renamed || ties.length === 0) items.push(item(!change.before ? 'addAgendaItem' : !change.after ? 'removeAgendaItem' : 'editAgendaItem', { number: a.number, title: a.title }));
      items.push(...ties);
    } else if (kind === 'groups') {
      const g = (change.after ?? change.before) as { name: string };
      items.push(item('editGroup', { name: g.name }));
    } else if (kind === 'top') {
      items.push(item(id === 'meta' ? 'editMeta' : id === 'ordering' ? 'editOrdering' : 'editOther', { key: id }));
    } else if (kind === 'sessions' && part === undefined) {
      items.push(item(!change.before ? 'addSession' : !change.after ? 'removeSession' : 'editSession', { name: sessionName(id) || ((change.before ?? {}) as { name?: string }).name || '' }));
    } else if (kind === 'sessions' && (!change.before || !change.after) && part !== 'checkIns' && part !== 'vehicles') {
      continue; // a session added or removed: told once by its base record
    } else if (part === 'assignment') items.push(...assignmentItems(id, change, ctx));
    else if (part === 'venue') items.push(...venueItems(change));
    else if (part === 'statuses') items.push(...statusItems(change, ctx));
    else if (part === 'locks') items.push(...lockItems(change));
    else if (part) items.push(item(SESSION_PART_CODES[part] ?? 'editOther', { key: part }));
  }
  // A whole roster imported: one line with counts rather than thousands.
  if (personEdits > MOVES_LISTED) {
    const count = (code: string) => items.filter((i) => i.code === code).length;
    const rest = items.filter((i) => !['addPerson', 'removePerson', 'editPerson'].includes(i.code));
    return cap([item('editRoster', { added: count('addPerson'), removed: count('removePerson'), changed: count('editPerson') }), ...rest]);
  }
  return cap(items);
}

function cap(items: ChangeItem[]): ChangeItem[] {
  if (items.length <= ITEMS_LISTED) return items;
  return [...items.slice(0, ITEMS_LISTED - 1), item('more', { count: items.length - ITEMS_LISTED + 1 })];
}

/** The meeting with one more entry in its log, the oldest dropped past the limit. */
export function appendChange(meeting: Meeting, entry: ChangeEntry): Meeting {
  const log = meeting.changeLog ?? [];
  return { ...meeting, changeLog: [...log.slice(Math.max(0, log.length - CHANGE_LOG_LIMIT + 1)), entry] };
}

/** A file's log as far as it can be read: unreadable entries are dropped (the log is a record, not the plan). */
export function restoreChangeLog(raw: unknown): ChangeEntry[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.flatMap((entry) => {
    const parsed = changeEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data as ChangeEntry] : [];
  }).slice(-CHANGE_LOG_LIMIT);
}

const WORDS: Record<string, (p: Record<string, string>) => Bilingual> = {
  move: (p) => both(`移动 ${p.name} ${p.fromZh}→${p.toZh}`, `moved ${p.name} ${p.fromEn} → ${p.toEn}`),
  seat: (p) => both(`安排 ${p.name} 到 ${p.toZh}`, `seated ${p.name} at ${p.toEn}`),
  unseat: (p) => both(`移出 ${p.name}（原 ${p.fromZh}）`, `unseated ${p.name} (was ${p.fromEn})`),
  arrange: (p) => both(`排座 ${p.zonesZh}（${p.count} 人）`, `arranged ${p.zonesEn} (${p.count} people)`),
  addPerson: (p) => both(`添加人员 ${p.name}`, `added ${p.name} to the roster`),
  removePerson: (p) => both(`删除人员 ${p.name}`, `removed ${p.name} from the roster`),
  editPerson: (p) => both(`编辑名单 ${p.name} ${p.fieldsZh}`, `edited ${p.name}: ${p.fieldsEn}`),
  editRoster: (p) => both(`更新名单（新增 ${p.added}，删除 ${p.removed}，修改 ${p.changed}）`, `roster updated (${p.added} added, ${p.removed} removed, ${p.changed} changed)`),
  addElement: (p) => both(`添加会场元素 ${p.elementZh}`, `added room element ${p.elementEn}`),
  editElement: (p) => both(`修改会场元素 ${p.elementZh}`, `changed room element ${p.elementEn}`),
  removeElement: (p) => both(`删除会场元素 ${p.elementZh}`, `removed room element ${p.elementEn}`),
  editSeats: () => both('修改座位（停用或改号）', 'changed seats (disabled or renumbered)'),
  editRoom: () => both('修改会场', 'changed the room'),
  markAbsent: (p) => both(`请假 ${p.name}`, `${p.name} on leave`),
  markPresent: (p) => both(`出席 ${p.name}`, `${p.name} attends`),
  substitute: (p) => both(`代会 ${p.substitute} 代 ${p.name}`, `${p.substitute} stands in for ${p.name}`),
  lock: (p) => both(`锁定 ${p.count} 个座位`, `locked ${p.count} ${p.count === '1' ? 'seat' : 'seats'}`),
  unlock: (p) => both(`解锁 ${p.count} 个座位`, `unlocked ${p.count} ${p.count === '1' ? 'seat' : 'seats'}`),
  editRules: () => both('修改排座规则', 'changed the seating rules'),
  editPrint: () => both('修改打印设置', 'changed the print settings'),
  printed: () => both('记录已打印座签', 'recorded printed cards'),
  editAttendance: () => both('修改出席范围', 'changed who attends'),
  editVehicles: () => both('修改乘车安排', 'changed the cars'),
  checkIns: () => both('签到', 'check-ins'),
  editTurns: () => both('按议题轮换座位', 'seats shared in turn by agenda item'),
  addAgendaItem: (p) => both(`添加议题 ${p.number} ${p.title}`, `added agenda item ${p.number} ${p.title}`),
  editAgendaItem: (p) => both(`修改议题 ${p.number} ${p.title}`, `changed agenda item ${p.number} ${p.title}`),
  removeAgendaItem: (p) => both(`删除议题 ${p.number} ${p.title}`, `removed agenda item ${p.number} ${p.title}`),
  reorderAgenda: () => both('调整议题顺序', 'reordered the agenda'),
  reorderSessions: () => both('调整场次顺序', 'reordered the sessions'),
  editGroup: (p) => both(`修改分组 ${p.name}`, `changed group ${p.name}`),
  editMeta: () => both('修改会议信息', 'changed the meeting details'),
  editOrdering: () => both('修改排序设置', 'changed the ordering settings'),
  addSession: (p) => both(`添加场次 ${p.name}`, `added session ${p.name}`),
  removeSession: (p) => both(`删除场次 ${p.name}`, `removed session ${p.name}`),
  editSession: (p) => both(`修改场次 ${p.name}`, `changed session ${p.name}`),
  tie: (p) => both(`${p.roleZh} ${p.name} → 议题 ${p.number}`, `${p.name} as ${p.roleEn} of agenda item ${p.number}`),
  untie: (p) => both(`${p.roleZh} ${p.name} 移出议题 ${p.number}`, `${p.name} no longer ${p.roleEn} of agenda item ${p.number}`),
  agendaFields: (p) => both(`编辑名单 ${p.name} 议题`, `edited ${p.name}: agenda items`),
  more: (p) => both(`……另有 ${p.count} 项`, `…and ${p.count} more`),
};

/** One item in words: bilingual parameters are split into …Zh and …En. */
export function changeItemText(change: ChangeItem, language: Language): string {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(change.params)) {
    if (typeof value === 'object') {
      flat[`${key}Zh`] = value.zh;
      flat[`${key}En`] = value.en;
    } else flat[key] = String(value);
  }
  const words = Object.hasOwn(WORDS, change.code) ? WORDS[change.code]!(flat) : both(`修改 ${flat.key ?? change.code}`, `changed ${flat.key ?? change.code}`);
  return inLanguage(words, language);
}

/** An entry's "what" in words; undo and redo say so first. */
export function changeEntryText(entry: ChangeEntry, language: Language): string {
  const text = entry.what.map((w) => changeItemText(w, language)).join(language === 'en' ? '; ' : '；');
  if (entry.kind === 'edit') return text;
  const prefix = entry.kind === 'undo' ? both('撤销：', 'Undo: ') : both('重做：', 'Redo: ');
  return inLanguage(prefix, language) + text;
}
