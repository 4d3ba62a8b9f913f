// Text that comes from shared/ (the engine's explanations, loader and import errors) in the UI's
// language. The engine may still hand over a plain Chinese string while it learns English: that
// is shown as it is, and its Bilingual is picked as soon as it provides one.
import { inLanguage, type Bilingual, type Language } from '../../shared/i18n/text';
import { useZuoci } from '../store/store';

export const useLanguage = (): Language => useZuoci((state) => state.language);

export const pickText = (text: string | Bilingual, language: Language): string => (typeof text === 'string' ? text : inLanguage(text, language));

/** A user error (loader, import) in the UI's language: its English when it has one. */
export const errorText = (error: { message: string; en?: string | undefined }, language: Language): string =>
  language === 'en' && error.en ? error.en : error.message;
