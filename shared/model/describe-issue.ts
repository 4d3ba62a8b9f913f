// A schema problem in words a meeting officer can act on, in both languages.
import type { z } from 'zod';
import { both, type Bilingual } from '../i18n/text';

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['文本', 'text'], number: ['数字', 'a number'], boolean: ['是/否', 'yes/no'], array: ['列表', 'a list'], object: ['对象', 'an object'], null: ['空值', 'empty'],
};

export function describeIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): Bilingual {
  const path = [...prefix, ...issue.path].map(String);
  const field = path.length ? path.join('.') : '';
  const zhField = field || '（整个文件）';
  const enField = field || '(the whole file)';
  switch (issue.code) {
    case 'invalid_type': {
      const [zh, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      return both(`字段 ${zhField}：应为${zh}`, `field ${enField}: should be ${en}`);
    }
    case 'too_small':
      return both(`字段 ${zhField}：值太小或为空`, `field ${enField}: too small or empty`);
    case 'too_big':
      return both(`字段 ${zhField}：值太大或太长`, `field ${enField}: too large or too long`);
    default:
      return both(`字段 ${zhField}：取值无效`, `field ${enField}: invalid value`);
  }
}

/** The first problem of a failed parse, and how many more there are. */
export function describeError(error: z.ZodError, prefix: readonly PropertyKey[] = []): Bilingual {
  const first = describeIssue(error.issues[0]!, prefix);
  const more = error.issues.length - 1;
  return more > 0 ? both(`${first.zh}（另有 ${more} 处问题）`, `${first.en} (and ${more} more)`) : first;
}
