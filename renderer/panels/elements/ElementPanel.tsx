// 会场设计: the open session's room elements — pick one to edit its properties, add one from the
// palette, duplicate or delete it — and the room as a template (save, export, import).
import { placeName } from '../../../shared/i18n/place-names';
import { PALETTE_ITEMS, type PaletteItem } from '../../../shared/model/palette';
import type { VenueElement } from '../../../shared/model/schema';
import { addFromPalette, ELEMENT_ACTIONS, shownElement } from '../../actions/element-actions';
import { runAction } from '../../actions/run';
import { TEMPLATE_ACTIONS } from '../../actions/template-actions';
import { useLanguage } from '../../i18n/shared-text';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { ElementProperties } from './ElementProperties';

const elementName = (e: VenueElement) => (e.kind === 'object' ? e.label : e.name);

export function ElementPanel() {
  const messages = useMessages();
  const t = messages.designer;
  const language = useLanguage();
  const elements = useZuoci((state) => state.project.venue.elements);
  const selectedId = useZuoci((state) => state.selectedZoneId);
  const selectZone = useZuoci((state) => state.selectZone);
  const selected = shownElement(elements, selectedId);
  return (
    <details className="element-panel" data-testid="element-panel">
      <summary>{t.title}</summary>
      <label className="element-field">
        <span>{t.elements}</span>
        <select data-control="element" value={selected?.id ?? ''} onChange={(e) => selectZone(e.target.value)}>
          {elements.map((e) => <option key={e.id} value={e.id}>{placeName(elementName(e), language)}</option>)}
        </select>
      </label>
      <select data-control="palette" value="" aria-label={t.add} onChange={(e) => e.target.value && addFromPalette(e.target.value as PaletteItem)}>
        <option value="">{t.add}</option>
        {PALETTE_ITEMS.map((item) => <option key={item} value={item}>{t.palette[item] ?? messages.designerKinds.palette[item]}</option>)}
      </select>
      {selected && <ElementProperties key={selected.id} element={selected} />}
      <div className="element-actions">
        {[...ELEMENT_ACTIONS, ...TEMPLATE_ACTIONS].map((action) => (
          <button key={action.name} type="button" data-action={action.name} onClick={() => void runAction(action)}>{action.label(messages)}</button>
        ))}
      </div>
    </details>
  );
}
