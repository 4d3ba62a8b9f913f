// The property panel of one room element, in real units: name, where it stands (m), rotation in
// 15° steps, and what its seats derive from (rows, seats, pitches, aisles, table shape).
import type { VenueElement } from '../../../shared/model/schema';
import { editElement } from '../../actions/element-actions';
import { useMessages } from '../../i18n/useMessages';
import { CountField, LengthField, ListField, TextField } from './fields';
import { KindProperties } from './KindProperties';

const ROTATIONS = Array.from({ length: 24 }, (_, i) => i * 15);
const SHAPES = ['round', 'oval', 'long', 'u', 'hollow', 'sofa'] as const;

export function ElementProperties({ element }: { element: VenueElement }) {
  const messages = useMessages();
  const t = messages.designer;
  const k = messages.designerKinds;
  const edit = (change: Partial<VenueElement>) => editElement(element.id, change);
  const rotation = (((element.rotation ?? 0) % 360) + 360) % 360;
  return (
    <div className="element-properties" data-element-kind={element.kind}>
      {element.kind === 'object'
        ? <TextField field="label" label={element.objectType === 'banner' ? k.bannerText : t.label} value={element.label} onCommit={(label) => edit({ label })} />
        : <TextField field="name" label={t.name} value={element.name} onCommit={(name) => edit({ name })} />}
      {/* A table stands where its centre is; every other element by its top-left corner. */}
      <LengthField field="x" label={element.kind === 'table' ? t.centreX : t.x} unit="m" centimetres={element.x} onCommit={(x) => edit({ x })} />
      <LengthField field="y" label={element.kind === 'table' ? t.centreY : t.y} unit="m" centimetres={element.y} onCommit={(y) => edit({ y })} />
      <label className="element-field">
        <span>{t.rotation}</span>
        <select data-field="rotation" value={ROTATIONS.includes(rotation) ? rotation : 0} onChange={(e) => edit({ rotation: Number(e.target.value) })}>
          {ROTATIONS.map((r) => <option key={r} value={r}>{r}°</option>)}
        </select>
      </label>
      {element.kind === 'rostrum' && (
        <>
          <ListField field="rostrum-rows" label={t.rostrumRows} value={element.rows} onCommit={(rows) => rows.length && edit({ rows })} />
          <LengthField field="seatPitch" label={t.seatPitch} unit="cm" centimetres={element.seatPitch} onCommit={(seatPitch) => edit({ seatPitch })} />
          <LengthField field="rowPitch" label={t.rowPitch} unit="cm" centimetres={element.rowPitch} onCommit={(rowPitch) => edit({ rowPitch })} />
        </>
      )}
      {element.kind === 'hall' && (
        <>
          <CountField field="rows" label={t.rows} value={element.rows} onCommit={(rows) => edit({ rows })} />
          <CountField field="seatsPerRow" label={t.seatsPerRow} value={element.seatsPerRow} onCommit={(seatsPerRow) => edit({ seatsPerRow })} />
          <ListField field="aisles" label={t.aisles} value={element.aisles} onCommit={(aisles) => edit({ aisles })} />
          <LengthField field="seatPitch" label={t.seatPitch} unit="cm" centimetres={element.seatPitch} onCommit={(seatPitch) => edit({ seatPitch })} />
          <LengthField field="rowPitch" label={t.rowPitch} unit="cm" centimetres={element.rowPitch} onCommit={(rowPitch) => edit({ rowPitch })} />
          <LengthField field="aisleWidth" label={t.aisleWidth} unit="cm" centimetres={element.aisleWidth} onCommit={(aisleWidth) => edit({ aisleWidth })} />
          <LengthField field="arcRadius" label={t.arcRadius} unit="m" centimetres={element.arcRadius ?? 0} onCommit={(arcRadius) => edit({ arcRadius })} />
        </>
      )}
      {element.kind === 'table' && (
        <>
          <label className="element-field">
            <span>{t.shape}</span>
            <select data-field="shape" value={element.shape} onChange={(e) => edit({ shape: e.target.value as (typeof SHAPES)[number] })}>
              {SHAPES.map((shape) => <option key={shape} value={shape}>{t.shapes[shape] ?? k.shapes[shape]}</option>)}
            </select>
          </label>
          <CountField field="sideSeats" label={t.sideSeats} value={element.sideSeats} onCommit={(sideSeats) => edit({ sideSeats })} />
          {element.shape !== 'round' && element.shape !== 'oval' && <CountField field="headSeats" label={t.headSeats} value={element.headSeats} onCommit={(headSeats) => edit({ headSeats })} />}
          {(element.shape === 'long' || element.shape === 'hollow') && <CountField field="footSeats" label={t.footSeats} value={element.footSeats} onCommit={(footSeats) => edit({ footSeats })} />}
          <LengthField field="seatPitch" label={t.seatPitch} unit="cm" centimetres={element.seatPitch} onCommit={(seatPitch) => edit({ seatPitch })} />
          <label className="element-field element-flag">
            <input type="checkbox" data-field="main" checked={element.main} onChange={(e) => edit({ main: e.target.checked })} />
            <span>{t.main}</span>
          </label>
        </>
      )}
      <KindProperties element={element} />
      {element.kind === 'object' && (
        <>
          <LengthField field="width" label={t.width} unit="cm" centimetres={element.width} onCommit={(width) => edit({ width })} />
          <LengthField field="depth" label={t.depth} unit="cm" centimetres={element.depth} onCommit={(depth) => edit({ depth })} />
        </>
      )}
    </div>
  );
}
