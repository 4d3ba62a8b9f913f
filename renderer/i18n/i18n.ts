import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export type { Language } from '../../shared/i18n/text';
import type { Language } from '../../shared/i18n/text';
export const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };
