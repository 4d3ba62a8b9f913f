import { type Messages } from './zh-CN';
export type Language = 'zh-CN' | 'en';
export declare const MESSAGES: Record<Language, Messages>;
