import { useZuoci } from '../store/store';
import { MESSAGES } from './i18n';

export const useMessages = () => MESSAGES[useZuoci((state) => state.language)];
