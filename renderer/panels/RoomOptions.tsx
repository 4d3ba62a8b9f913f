// The rooms a picker offers: the built-in ones and, in their own group, the user's templates.
import { inLanguage } from '../../shared/i18n/text';
import { ROOM_TEMPLATES, TEMPLATE_TITLES } from '../../shared/model/templates';
import { useLanguage } from '../i18n/shared-text';
import { useMessages } from '../i18n/useMessages';
import { USER_PREFIX, useUserTemplates } from '../store/user-templates';

export function RoomOptions() {
  const messages = useMessages();
  const language = useLanguage();
  const templates = useUserTemplates((state) => state.templates);
  const builtIn = Object.keys(ROOM_TEMPLATES).map((name) => <option key={name} value={name}>{TEMPLATE_TITLES[name] ? inLanguage(TEMPLATE_TITLES[name], language) : name}</option>);
  if (templates.length === 0) return <>{builtIn}</>;
  return (
    <>
      <optgroup label={messages.designer.builtInTemplates}>{builtIn}</optgroup>
      <optgroup label={messages.designer.myTemplates}>
        {templates.map((t) => <option key={t.fileName} value={`${USER_PREFIX}${t.fileName}`}>{t.template.name}</option>)}
      </optgroup>
    </>
  );
}
