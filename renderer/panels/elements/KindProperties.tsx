// The property fields of the designer's newer kinds and options, in real units: a fan hall's seats
// per row, stagger and first numbers; 合影 risers; a table's purpose; an object's type; a wall's
// points (m), closure and thickness (cm). Each field commits one undo step.
import type { VenueElement } from '../../../shared/model/schema';
import { OBJECT_LABELS } from '../../../shared/model/palette';
import { editElement } from '../../actions/element-actions';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { CheckField, ChoiceField, CountField, LengthField, ListField } from './fields';
import { formatPoints, parsePoints } from './points';
import { DraftInput } from '../DraftInput';

const PURPOSES = ['meeting', 'talks', 'banquet', 'reception'] as const;
const OBJECT_TYPES = ['speaker-desk', 'chair-desk', 'screen', 'door', 'window', 'pillar', 'stage-edge', 'banner', 'text'] as const;

export function KindProperties({ element }: { element: VenueElement }) {
  const k = useMessages().designerKinds;
  const edit = (change: Partial<VenueElement>) => editElement(element.id, change);
  switch (element.kind) {
    case 'hall':
      return (
        <>
          <ListField field="rowSeats" label={k.rowSeats} value={element.rowSeats ?? []} onCommit={(rowSeats) => edit({ rowSeats })} />
          <CheckField field="stagger" label={k.stagger} checked={element.stagger ?? false} onCommit={(stagger) => edit({ stagger })} />
          <CountField field="firstRow" label={k.firstRow} value={element.firstRow ?? 1} onCommit={(firstRow) => edit({ firstRow })} />
          <CountField field="firstSeat" label={k.firstSeat} value={element.firstSeat ?? 1} onCommit={(firstSeat) => edit({ firstSeat })} />
        </>
      );
    case 'rostrum':
      return <CheckField field="risers" label={k.risers} checked={element.risers ?? false} onCommit={(risers) => edit({ risers })} />;
    case 'table':
      return <ChoiceField field="purpose" label={k.purpose} value={element.purpose} choices={PURPOSES} names={k.purposes} onCommit={(purpose) => edit({ purpose })} />;
    case 'object':
      // A label still the type's own name follows the type (柱 becomes 窗); a typed one stays.
      return (
        <ChoiceField
          field="objectType" label={k.objectType} value={element.objectType} choices={OBJECT_TYPES} names={k.objectTypes}
          onCommit={(objectType) => edit({ objectType, ...(element.label === OBJECT_LABELS[element.objectType] ? { label: OBJECT_LABELS[objectType] } : {}) })}
        />
      );
    case 'wall':
      return (
        <>
          <label className="element-field">
            <span>{k.points}</span>
            <DraftInput
              data-field="points" value={formatPoints(element.points)}
              onCommit={(text) => {
                const points = parsePoints(text);
                if (points) edit({ points });
                else useZuoci.getState().notify({ kind: 'warning', key: 'designer', text: k.pointsInvalid });
              }}
            />
          </label>
          <CheckField field="closed" label={k.closed} checked={element.closed} onCommit={(closed) => edit({ closed })} />
          <LengthField field="thickness" label={k.thickness} unit="cm" centimetres={element.thickness} onCommit={(thickness) => edit({ thickness })} />
        </>
      );
  }
}
