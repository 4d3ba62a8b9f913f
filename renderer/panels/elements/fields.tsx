// Typed fields of the property panel: numbers in real units (metres for where an element stands,
// centimetres for pitches and sizes) and comma lists; each commits on Enter or leaving the field,
// so one typed value is one undo step.
import { DraftInput } from '../DraftInput';

const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** "7, 9" or "7，9" (a Chinese comma) or "7 9": whole numbers, empty entries ignored. */
export const parseList = (text: string): number[] | null => {
  const parts = text.split(/[,，、\s]+/).filter(Boolean);
  const numbers = parts.map(Number);
  return numbers.every((n) => Number.isInteger(n)) ? numbers : null;
};

interface FieldProps {
  field: string;
  label: string;
}

export function TextField({ field, label, value, onCommit }: FieldProps & { value: string; onCommit: (value: string) => void }) {
  return (
    <label className="element-field">
      <span>{label}</span>
      <DraftInput data-field={field} value={value} onCommit={(text) => text.trim() && onCommit(text.trim())} />
    </label>
  );
}

/** A length stored in centimetres, shown and typed in `unit`. */
export function LengthField({ field, label, centimetres, unit, onCommit }: FieldProps & { centimetres: number; unit: 'm' | 'cm'; onCommit: (cm: number) => void }) {
  const scale = unit === 'm' ? 100 : 1;
  return (
    <label className="element-field">
      <span>{label}</span>
      <DraftInput
        data-field={field} inputMode="decimal" value={round(centimetres / scale, unit === 'm' ? 2 : 1)}
        onCommit={(text) => {
          const value = Number(text.replace('，', '.').trim());
          if (text.trim() && Number.isFinite(value)) onCommit(Math.round(value * scale * 10) / 10);
        }}
      />
    </label>
  );
}

export function CountField({ field, label, value, onCommit }: FieldProps & { value: number; onCommit: (value: number) => void }) {
  return (
    <label className="element-field">
      <span>{label}</span>
      <DraftInput
        data-field={field} inputMode="numeric" value={String(value)}
        onCommit={(text) => {
          const n = Number(text.trim());
          if (text.trim() && Number.isInteger(n)) onCommit(n);
        }}
      />
    </label>
  );
}

export function ListField({ field, label, value, onCommit }: FieldProps & { value: readonly number[]; onCommit: (value: number[]) => void }) {
  return (
    <label className="element-field">
      <span>{label}</span>
      <DraftInput
        data-field={field} value={value.join(', ')}
        onCommit={(text) => {
          const list = parseList(text);
          if (list) onCommit(list);
        }}
      />
    </label>
  );
}

export function CheckField({ field, label, checked, onCommit }: FieldProps & { checked: boolean; onCommit: (value: boolean) => void }) {
  return (
    <label className="element-field element-flag">
      <input type="checkbox" data-field={field} checked={checked} onChange={(e) => onCommit(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

export function ChoiceField<T extends string>({ field, label, value, choices, names, onCommit }: FieldProps & { value: T; choices: readonly T[]; names: Record<string, string>; onCommit: (value: T) => void }) {
  return (
    <label className="element-field">
      <span>{label}</span>
      <select data-field={field} value={value} onChange={(e) => onCommit(e.target.value as T)}>
        {choices.map((choice) => <option key={choice} value={choice}>{names[choice] ?? choice}</option>)}
      </select>
    </label>
  );
}
