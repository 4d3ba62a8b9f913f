// Opening and saving a .zuoci file. Loading never throws: the caller keeps its current document
// when it fails, and a partly damaged file opens with every problem named.
import { both } from '../i18n/text';
import { declaredVersion, migrate } from './migrations';
import { meetingFromPlan } from './meeting-from-plan';
import { MEETING_SCHEMA_VERSION, type Meeting } from './meeting-schema';
import { combinedPlan, planOf } from './plan';
import { checkJsonDepth, checkMeetingLimits } from './limits';
import { isRecord } from './restore-parts';
import { restoreMeeting } from './restore';
import { FORMAT_NAME, type Project } from './schema';
import { failBoth, ok, type Result, type UserError } from './user-error';

/** Far beyond any real meeting (10,000 people and 10 sessions is ~10 MB); refuse before parsing. */
const MAX_TEXT_LENGTH = 256 * 1024 * 1024;

export function loadMeeting(text: string): Result<Meeting> {
  try {
    if (text.length > MAX_TEXT_LENGTH) return failBoth(both('无法打开：文件过大，不像座次文件。', 'Cannot open: the file is far too large for a seating plan.'));
    // Deep nesting is refused before parsing: it would only overflow the stack.
    const tooDeep = checkJsonDepth(text);
    if (tooDeep.length) return failBoth(both(`无法打开：${tooDeep[0]!.message}`, `Cannot open: ${tooDeep[0]!.en ?? ''}`));
    let raw: unknown;
    try {
      // A leading byte-order mark (Notepad, some editors) is not part of the JSON.
      raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      return failBoth(both('无法打开：文件已损坏或不是座次文件（内容不是有效的 JSON）。', 'Cannot open: the file is damaged or not a Zuoci file (not valid JSON).'));
    }
    if (!isRecord(raw)) return failBoth(both('无法打开：文件内容不是座次文档。', 'Cannot open: the file does not hold a seating plan.'));
    if (raw.format !== FORMAT_NAME) return failBoth(both('无法打开：这不是座次（.zuoci）文件。', 'Cannot open: this is not a Zuoci (.zuoci) file.'), { field: 'format' });
    const version = declaredVersion(raw);
    if (version === null) return failBoth(both('无法打开：文件缺少有效的版本号。', 'Cannot open: the file has no valid version number.'), { field: 'schemaVersion' });

    const warnings: UserError[] = [];
    if (version > MEETING_SCHEMA_VERSION) {
      warnings.push({
        message: `此文件由较新版本的座次保存（格式版本 ${version}），本版本不认识的内容会原样保留，但可能不显示。`,
        en: `This file was saved by a newer Zuoci (format ${version}); what this version does not know is kept as it is but may not be shown.`,
      });
    }
    const migrated = version < MEETING_SCHEMA_VERSION ? migrate(raw, version) : raw;
    const restored = restoreMeeting(migrated, Math.max(version, MEETING_SCHEMA_VERSION));
    // Sizes no real meeting reaches but an attack does (a 1000 × 1000 hall): refused, never a hang later.
    const overLimits = checkMeetingLimits(restored.meeting);
    if (overLimits.length) {
      const first = overLimits[0]!;
      return failBoth(both(`无法打开：${first.message}`, `Cannot open: ${first.en ?? first.message}`), first.field ? { field: first.field } : {});
    }
    return ok(restored.meeting, [...warnings, ...restored.notes]);
  } catch (error) {
    // A programmer's mistake, but a user's file must still never crash the app.
    return failBoth(both(`无法打开：读取时出错（${(error as Error).message}）。`, `Cannot open: reading failed (${(error as Error).message}).`));
  }
}

/** One session's plan from a file: the session named, or the first. */
export function loadProject(text: string, sessionName?: string): Result<Project> {
  const loaded = loadMeeting(text);
  if (!loaded.ok) return loaded;
  const meeting = loaded.value;
  const session = sessionName === undefined ? meeting.sessions[0]! : meeting.sessions.find((s) => s.name === sessionName);
  if (!session) {
    const names = meeting.sessions.map((s) => s.name).join('、');
    return failBoth(both(`文件中没有名为“${sessionName}”的场次（有：${names}）。`, `The file has no session named "${sessionName}" (it has: ${names}).`), { field: 'session' });
  }
  return ok(planOf(meeting, session.id), loaded.warnings);
}

/** Several sessions' plans as one (cards for every 分组讨论 room at once). */
export function loadSessions(text: string, sessionIds: readonly string[]): Result<Project> {
  const loaded = loadMeeting(text);
  if (!loaded.ok) return loaded;
  const known = new Set(loaded.value.sessions.map((s) => s.id));
  const missing = sessionIds.filter((id) => !known.has(id));
  if (missing.length) return failBoth(both(`文件中没有这些场次：${missing.join('、')}`, `The file has no such sessions: ${missing.join(', ')}`), { field: 'sessionIds' });
  return ok(combinedPlan(loaded.value, sessionIds), loaded.warnings);
}

/** Records set aside on load go back where they were; placeholders become their original elements again. */
function fileForm(meeting: Meeting): unknown {
  const { setAside = [], ...rest } = meeting;
  const back = (collection: string) => setAside.filter((r) => r.collection === collection).map((r) => r.record);
  return {
    ...rest,
    schemaVersion: MEETING_SCHEMA_VERSION,
    people: [...meeting.people, ...back('people')],
    groups: [...meeting.groups, ...back('groups')],
    agenda: [...meeting.agenda, ...back('agenda')],
    sessions: [
      ...meeting.sessions.map((session) => {
        const { placeholders, ...venue } = session.venue;
        return placeholders ? { ...session, venue: { ...venue, elements: [...venue.elements, ...placeholders.map((p) => p.original)] } } : session;
      }),
      ...back('sessions'),
    ],
  };
}

export function serializeMeeting(meeting: Meeting): string {
  return JSON.stringify(fileForm(meeting), null, 2) + '\n';
}

/** A single plan as a file: a meeting of one session. */
export function serializeProject(project: Project): string {
  return serializeMeeting(meetingFromPlan(project));
}
