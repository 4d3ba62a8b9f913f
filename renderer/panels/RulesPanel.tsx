// Per-zone rules (protocol 1–3, 8.1) with a live preview of the pattern they give. Changing a rule
// is one undoable step; arranging the zone is another.
import { previewPattern } from '../../shared/arrange/preview';
import { setHallNumbering, setZoneRules } from '../../shared/model/edits';
import { rulesFor, type ZoneRules } from '../../shared/model/schema';
import { placeName } from '../../shared/i18n/place-names';
import { useLanguage } from '../i18n/shared-text';
import { arrangeZonesNow } from '../actions/meeting-actions';
import { useMessages } from '../i18n/useMessages';
import { useZuoci } from '../store/store';
import { OrderingSettings } from './OrderingSettings';
import { PatternPreview } from './PatternPreview';

type ChoiceRule = { [K in keyof ZoneRules]: ZoneRules[K] extends string ? K : never }[keyof ZoneRules];
type FlagRule = { [K in keyof ZoneRules]: ZoneRules[K] extends boolean ? K : never }[keyof ZoneRules];

const CHOICES: Record<ChoiceRule, readonly string[]> = {
  convention: ['left', 'right'],
  evenRule: ['centre-pair', 'leader-right'],
  method: ['rows', 'columns', 'centre'],
  direction: ['a-left', 'r-left'],
  order: ['rank', 'strokes', 'pinyin', 'unit', 'roster'],
  unitPlacement: ['left-to-right', 'centre-out'],
  absentees: ['leave-empty', 'move-up'],
  banquetPattern: ['standard', 'foreign'],
  chairSeat: ['by-rank', 'front-centre', 'front-end'],
};

const ROSTRUM_RULES: (ChoiceRule | FlagRule)[] = ['convention', 'evenRule', 'order', 'absentees', 'chairSeat', 'substituteTakesRostrumSeat'];
const HALL_RULES: (ChoiceRule | FlagRule)[] = ['method', 'direction', 'snake', 'convention', 'evenRule', 'order', 'groupByUnit', 'unitPlacement', 'attendeesAtSides', 'absentees', 'speakersWaitingSeats'];
const TABLE_RULES: (ChoiceRule | FlagRule)[] = ['convention', 'evenRule', 'order', 'banquetPattern', 'agendaTurns'];
const FIELDS = { rostrum: ROSTRUM_RULES, hall: HALL_RULES, table: TABLE_RULES };

export function RulesPanel() {
  const messages = useMessages();
  const language = useLanguage();
  const project = useZuoci((state) => state.project);
  const selected = useZuoci((state) => state.selectedZoneId);
  const selectZone = useZuoci((state) => state.selectZone);
  const commit = useZuoci((state) => state.commit);
  const zones = project.venue.elements.filter((e) => e.kind === 'rostrum' || e.kind === 'hall' || e.kind === 'table');
  const zone = zones.find((e) => e.id === selected) ?? zones[0];
  const rules = zone ? rulesFor(project, zone.id) : undefined;
  if (!zone || !rules) return null;
  // Cheap: at most three rows of one zone are arranged for the preview.
  const preview = previewPattern(project, zone.id, rules);

  const change = (update: Partial<ZoneRules>) => commit((p) => setZoneRules(p, zone.id, update));
  const fields = FIELDS[zone.kind as keyof typeof FIELDS];

  return (
    <section className="rules-panel" aria-label={messages.rules}>
      <h2>{messages.rules}</h2>
      <label className="rule">
        <span>{messages.zone}</span>
        <select data-rule="zone" value={zone.id} onChange={(event) => selectZone(event.target.value)}>
          {zones.map((e) => <option key={e.id} value={e.id}>{placeName(e.name, language)}</option>)}
        </select>
      </label>
      {fields.map((field) =>
        typeof rules[field] === 'boolean' ? (
          <label key={field} className="rule rule-flag">
            <input type="checkbox" data-rule={field} checked={rules[field] as boolean} onChange={(event) => change({ [field]: event.target.checked })} />
            <span>{messages.ruleLabels[field]}</span>
          </label>
        ) : (
          <label key={field} className="rule">
            <span>{messages.ruleLabels[field]}</span>
            <select data-rule={field} value={rules[field] as string} onChange={(event) => change({ [field]: event.target.value })}>
              {CHOICES[field as ChoiceRule].map((value) => <option key={value} value={value}>{messages.ruleValues[value] ?? value}</option>)}
            </select>
          </label>
        ),
      )}
      {zone.kind === 'hall' && (
        <label className="rule">
          <span>{messages.numbering}</span>
          <select data-rule="numbering" value={zone.numbering ?? 'sequential'} onChange={(e) => commit((p) => setHallNumbering(p, zone.id, e.target.value as 'sequential' | 'centre-out'))}>
            <option value="sequential">{messages.numberingSequential}</option>
            <option value="centre-out">{messages.numberingCentreOut}</option>
          </select>
        </label>
      )}
      {preview.rows.length > 0 && <PatternPreview preview={preview} caption={messages.preview} unitLabel={messages.unitLabel} />}
      <OrderingSettings />
      <button type="button" data-action="arrangeZone" onClick={() => arrangeZonesNow([zone.id])}>{messages.arrangeZone}</button>
    </section>
  );
}
