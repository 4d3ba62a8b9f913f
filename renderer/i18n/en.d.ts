import type { Messages } from './zh-CN';
export declare const en: Messages;
