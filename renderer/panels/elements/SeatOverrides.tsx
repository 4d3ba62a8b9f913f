// 座位设置: for the seats picked on the canvas, disable them (broken or removed), give one its own
// number, or reserve them for a category (工作人员, 媒体 fixed seats). Each change is one undo
// step; people on seats that become disabled are unassigned in that step and named.
import { setSeatOverride, type SeatOverrideChange } from '../../../shared/model/seat-overrides';
import { CATEGORY_STYLES } from '../../../shared/print/seat-map-style';
import { CATEGORY_EN } from '../../../shared/print/seat-map-words';
import { useLanguage } from '../../i18n/shared-text';
import { commitEdit } from '../../actions/element-actions';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { DraftInput } from '../DraftInput';
import { warnReservedOccupied } from './reserved-warning';
import './seat-overrides.css';

/** The categories offered: the map's known ones (出席 never needs a reserved seat) and the roster's own. */
function categoriesOf(people: readonly { category: string }[]): string[] {
  const known = Object.keys(CATEGORY_STYLES).filter((c) => c !== '出席');
  return [...new Set([...known, ...people.map((p) => p.category).filter((c) => c && c !== '出席')])];
}

export function SeatOverrides() {
  const k = useMessages().designerKinds.seats;
  const language = useLanguage();
  // The app's own categories read in English; a category the roster invented stays as typed.
  const categoryName = (category: string) => (language === 'en' && Object.hasOwn(CATEGORY_EN, category) ? CATEGORY_EN[category]! : category);
  const selectedIds = useZuoci((state) => state.selectedSeatIds);
  const overrides = useZuoci((state) => state.project.venue.seatOverrides);
  const people = useZuoci((state) => state.project.people);
  if (selectedIds.length === 0) return null;
  const set = (change: SeatOverrideChange) => {
    commitEdit((project) => setSeatOverride(project, selectedIds, change));
    if (change.field === 'reserved' && change.value) warnReservedOccupied(selectedIds, change.value);
  };
  const own = selectedIds.map((id) => overrides[id]);
  const disabled = own.every((o) => o?.disabled === true);
  const reservations = new Set(own.map((o) => o?.reserved ?? ''));
  const reserved = reservations.size === 1 ? [...reservations][0]! : null;
  const categories = categoriesOf(people);
  if (reserved && !categories.includes(reserved)) categories.push(reserved);
  return (
    <section className="seat-overrides" aria-label={k.title} data-testid="seat-overrides">
      <h2>{k.title} <small>{k.count(selectedIds.length)}</small></h2>
      <label className="element-field element-flag">
        <input type="checkbox" data-field="seat-disabled" checked={disabled} onChange={(e) => set({ field: 'disabled', value: e.target.checked })} />
        <span>{k.disabled}</span>
      </label>
      {selectedIds.length === 1 && (
        <label className="element-field">
          <span>{k.label}</span>
          <DraftInput data-field="seat-label" placeholder={k.labelHint} value={own[0]?.label ?? ''} onCommit={(value) => set({ field: 'label', value })} />
        </label>
      )}
      <label className="element-field">
        <span>{k.reserved}</span>
        <select data-field="seat-reserved" value={reserved ?? '*'} onChange={(e) => e.target.value !== '*' && set({ field: 'reserved', value: e.target.value })}>
          {reserved === null && <option value="*">{k.mixed}</option>}
          <option value="">{k.notReserved}</option>
          {categories.map((category) => <option key={category} value={category}>{categoryName(category)}</option>)}
        </select>
      </label>
    </section>
  );
}
