// 修改记录 in the file: who changed what and when. Each entry keeps what changed as codes with
// parameters (change-log.ts turns them into words), so the log reads in either language.
import { z } from 'zod';

/** Entries kept in the file: the newest; an office wants accountability, not an unbounded file. */
export const CHANGE_LOG_LIMIT = 2000;

const bilingual = z.object({ zh: z.string().max(500), en: z.string().max(500) });

export const changeItemSchema = z.object({
  code: z.string().min(1).max(40),
  params: z.record(z.string(), z.union([z.string().max(500), z.number(), bilingual])),
});

export const changeEntrySchema = z.object({
  /** ISO time. */
  at: z.string().max(40),
  /** 经办人: the staff name set in the app's settings ('' when none was set). */
  by: z.string().max(100),
  sessionId: z.string().max(200),
  /** 'edit', 'undo' or 'redo'. */
  kind: z.enum(['edit', 'undo', 'redo']),
  what: z.array(changeItemSchema).max(50),
});

export const changeLogSchema = z.array(changeEntrySchema).max(CHANGE_LOG_LIMIT);
