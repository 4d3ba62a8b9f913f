// The change log's entry for one history step (an edit, an undo or a redo), appended to the
// meeting outside the history: the step records only its own records, so undo never erases the log.
import { appendChange, describeChanges, type ChangeEntry } from '../../shared/model/change-log';
import type { Meeting } from '../../shared/model/meeting-schema';
import type { HistoryStep } from './history';
import { staffName } from './staff-name';

/**
 * `meeting` (the state after the step) with an entry saying what `step` changed; `before` is the
 * state before it. No step (nothing changed): the meeting as it is.
 */
export function withLogEntry(meeting: Meeting, step: HistoryStep | undefined, before: Meeting, kind: ChangeEntry['kind']): Meeting {
  if (!step) return meeting;
  const what = describeChanges(step.changes, before, meeting);
  if (what.length === 0) return meeting;
  return appendChange(meeting, { at: new Date().toISOString(), by: staffName(), sessionId: step.sessionId, kind, what });
}
