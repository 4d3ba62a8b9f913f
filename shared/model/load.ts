// Opening a .zuoci file: parse, migrate, validate. Never throws on bad input; the caller keeps its
// current document when this fails.
import type { z } from 'zod';
import { CURRENT_SCHEMA_VERSION, FORMAT_NAME, projectSchema, type Project } from './schema';
import { declaredVersion, migrate } from './migrations';
import { fail, ok, type Result, type UserError } from './user-error';

const TYPE_NAMES: Record<string, string> = {
  string: '文本', number: '数字', boolean: '是/否', array: '列表', object: '对象', null: '空值',
};

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? issue.path.join('.') : '（整个文件）';
  switch (issue.code) {
    case 'invalid_type':
      return `字段 ${field}：应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return `字段 ${field}：值太小或为空`;
    case 'too_big':
      return `字段 ${field}：值太大或太长`;
    case 'invalid_value':
    case 'invalid_union':
      return `字段 ${field}：取值无效`;
    default:
      return `字段 ${field}：内容无效`;
  }
}

/** References inside the document must point at things that exist. */
function checkReferences(project: Project): UserError[] {
  const problems: UserError[] = [];
  const personIds = new Set<string>();
  for (const person of project.people) {
    if (personIds.has(person.id)) problems.push({ message: `人员编号重复：${person.id}`, field: 'people' });
    personIds.add(person.id);
  }
  const seatedPeople = new Set<string>();
  for (const [seatId, personId] of Object.entries(project.assignment)) {
    if (!personIds.has(personId)) {
      problems.push({ message: `座位 ${seatId} 指向不存在的人员 ${personId}`, field: 'assignment' });
    } else if (seatedPeople.has(personId)) {
      problems.push({ message: `人员 ${personId} 被排在了两个座位上`, field: 'assignment' });
    }
    seatedPeople.add(personId);
  }
  return problems;
}

export function loadProject(text: string): Result<Project> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('无法打开：文件已损坏或不是座次文件（内容不是有效的 JSON）。');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return fail('无法打开：文件内容不是座次文档。');
  }
  const doc = raw as Record<string, unknown>;
  if (doc.format !== FORMAT_NAME) return fail('无法打开：这不是座次（.zuoci）文件。', { field: 'format' });
  const version = declaredVersion(doc);
  if (version === null) return fail('无法打开：文件缺少有效的版本号。', { field: 'schemaVersion' });

  const warnings: UserError[] = [];
  if (version > CURRENT_SCHEMA_VERSION) {
    warnings.push({ message: `此文件由较新版本的座次保存（格式版本 ${version}），部分新内容可能不显示。` });
  }
  const migrated = version < CURRENT_SCHEMA_VERSION ? migrate(doc, version) : doc;
  const parsed = projectSchema.safeParse(migrated);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    const more = parsed.error.issues.length > 1 ? `（另有 ${parsed.error.issues.length - 1} 处问题）` : '';
    return fail(`无法打开：文件内容有误。${describeIssue(first)}${more}`, { field: first.path.join('.') });
  }
  const project = { ...parsed.data, schemaVersion: Math.max(version, CURRENT_SCHEMA_VERSION) };
  const broken = checkReferences(project);
  if (broken.length) return fail(`无法打开：文件内容有误。${broken[0]!.message}`, { field: broken[0]!.field });
  return ok(project, warnings);
}

export function serializeProject(project: Project): string {
  return JSON.stringify(project, null, 2) + '\n';
}
