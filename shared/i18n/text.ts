// Text made in shared/ (engine explanations, loader and import errors, zone and template names)
// reaches users in either language, so it is produced in both and the UI or printout picks one.
export type Language = 'zh-CN' | 'en';

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export const both = (zh: string, en: string): Bilingual => ({ zh, en });

export const inLanguage = (text: Bilingual, language: Language): string => (language === 'en' ? text.en : text.zh);
