// Record-by-record reading: a field or record this version cannot read is replaced by its default
// or set aside — reported, never fatal — and unknown fields are kept (the schemas are loose).
import type { z } from 'zod';
import { both, type Bilingual } from '../i18n/text';
import { readBackground } from './background';
import { describeError } from './describe-issue';
import { elementSchema, venueSchema, type ElementPlaceholder, type Venue, type VenueElement } from './schema';
import type { UserError } from './user-error';

export type Json = Record<string, unknown>;

export const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

export class Notes {
  readonly list: UserError[] = [];
  add(text: Bilingual, field?: string): void {
    // A damaged file can have thousands of bad records: name the first ones, count the rest.
    if (this.list.length < 50) this.list.push({ message: text.zh, en: text.en, ...(field ? { field } : {}) });
    else if (this.list.length === 50) this.list.push({ message: '……另有更多问题未列出', en: '…and more problems not listed' });
  }
}

/**
 * An object whose fields are checked one by one: a bad field takes its default (reported), the
 * good ones and unknown ones stay.
 */
export function restoreFields<T extends z.ZodObject>(schema: T, raw: unknown, defaults: z.infer<T>, where: Bilingual, notes: Notes): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const source = isRecord(raw) ? raw : {};
  const result: Json = { ...source };
  for (const [key, fieldSchema] of Object.entries(schema.shape)) {
    const field = (fieldSchema as z.ZodType).safeParse(source[key]);
    if (field.success) {
      if (field.data !== undefined) result[key] = field.data;
    } else {
      result[key] = (defaults as Json)[key];
      if (result[key] === undefined) delete result[key];
      notes.add(both(`${where.zh}：字段 ${key} 无法读取，已用默认值`, `${where.en}: field ${key} could not be read; the default is used`), key);
    }
  }
  return result as z.infer<T>;
}

const number = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** A room element this version cannot read, kept as it was and drawn as a labelled box. */
function placeholderFor(raw: unknown, reason: Bilingual, index: number, notes: Notes): ElementPlaceholder {
  const source = isRecord(raw) ? raw : {};
  const kind = typeof source.kind === 'string' ? source.kind.slice(0, 40) : '?';
  const name = typeof source.name === 'string' ? source.name.slice(0, 40) : typeof source.label === 'string' ? source.label.slice(0, 40) : '';
  notes.add(both(`会场元素 ${name || kind}（第 ${index + 1} 个）未能读取，保留原样并显示为占位框：${reason.zh}`,
    `Room element ${name || kind} (no. ${index + 1}) could not be read; it is kept as it was and shown as a placeholder: ${reason.en}`), `elements.${index}`);
  return {
    original: raw,
    label: `${name || kind}`.slice(0, 100),
    x: number(source.x, 0),
    y: number(source.y, 0),
    width: Math.max(1, Math.min(100000, number(source.width, 200))),
    depth: Math.max(1, Math.min(100000, number(source.depth, 100))),
  };
}

export function restoreVenue(raw: unknown, where: Bilingual, notes: Notes): Venue {
  const source = isRecord(raw) ? raw : {};
  // A broken floor plan picture is dropped with its own words (restoreFields would say "default").
  const floorPlan = readBackground(source.background);
  if (floorPlan.problem) notes.add(floorPlan.problem, 'background');
  const scaffold = restoreFields(venueSchema.omit({ elements: true, placeholders: true, background: true }), { ...source, background: undefined }, { name: '会场', width: 3000, depth: 2400, seatOverrides: {} }, where, notes);
  const elements: VenueElement[] = [];
  const placeholders: ElementPlaceholder[] = [];
  const seen = new Set<string>();
  (Array.isArray(source.elements) ? source.elements : []).forEach((rawElement, index) => {
    const known = isRecord(rawElement) && ['rostrum', 'hall', 'object', 'table'].includes(rawElement.kind as string);
    const parsed = elementSchema.safeParse(rawElement);
    if (!parsed.success) {
      const reason = known ? describeError(parsed.error) : both(`本版本不认识的元素类型“${String((rawElement as Json)?.kind ?? '')}”`, `an element kind this version does not know ("${String((rawElement as Json)?.kind ?? '')}")`);
      placeholders.push(placeholderFor(rawElement, reason, index, notes));
    } else if (seen.has(parsed.data.id)) {
      placeholders.push(placeholderFor(rawElement, both(`元素编号 ${parsed.data.id} 重复`, `duplicate element id ${parsed.data.id}`), index, notes));
    } else {
      seen.add(parsed.data.id);
      elements.push({ rotation: 0, ...parsed.data });
    }
  });
  const { background: _dropped, ...rest } = scaffold as typeof scaffold & { background?: unknown };
  return { ...rest, elements, ...(placeholders.length ? { placeholders } : {}), ...(floorPlan.background ? { background: floorPlan.background } : {}) };
}
