import { en } from './en';
import { zhCN, type Messages } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export const MESSAGES: Record<Language, Messages> = { 'zh-CN': zhCN, en };
