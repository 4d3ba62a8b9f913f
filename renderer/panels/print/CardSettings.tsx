// 座签 options (protocol 6): format, font and fallback, lines, widening, 竖排, marks, what to print.
import { useEffect, useState } from 'react';
import type { CardFormat, PrintSettings } from '../../../shared/model/schema';
import type { InstalledFontChoice } from '../../../shared/platform';
import { useMessages } from '../../i18n/useMessages';
import { platform } from '../../platform/platform';
import { DraftInput } from '../DraftInput';

/** A size the schema accepts: out-of-range input snaps to the nearest limit, garbage keeps the old value. */
const clamp = (value: number, min: number, max: number, fallback: number) => (Number.isFinite(value) && value > 0 ? Math.min(max, Math.max(min, value)) : fallback);

export type CardScope = 'rostrum' | 'all' | 'changed' | 'selected';

interface Props {
  print: PrintSettings;
  change: (update: Partial<PrintSettings>) => void;
  scope: CardScope;
  setScope: (scope: CardScope) => void;
  selectedCount: number;
}

const FORMATS: CardFormat[] = ['a4-fold2', 'a4-fold3', 'insert-200x100', 'custom'];
const PICK_FONT = '\u0000pick';

export function CardSettings({ print, change, scope, setScope, selectedCount }: Props) {
  const t = useMessages().printDialog;
  const [fonts, setFonts] = useState<InstalledFontChoice[]>([]);
  useEffect(() => {
    void platform.listFonts().then((result) => result.ok && setFonts(result.value));
  }, []);
  const fontOptions = [{ name: t.bundledFont, choice: 'bundled' }, ...fonts];
  // A font outside the system's font folders is used only when picked here, in the host's own dialog.
  const pickFont = async () => {
    const result = await platform.pickFont();
    if (!result.ok || result.value.length === 0) return;
    setFonts((known) => [...known, ...result.value.filter((f) => !known.some((k) => k.choice === f.choice))]);
    change({ font: result.value[0]!.choice });
  };
  return (
    <div className="print-settings">
      <label className="rule"><span>{t.scope}</span>
        <select data-print="scope" value={scope} onChange={(e) => setScope(e.target.value as CardScope)}>
          <option value="rostrum">{t.scopes.rostrum}</option>
          <option value="all">{t.scopes.all}</option>
          <option value="changed">{t.scopes.changed}</option>
          {selectedCount > 0 && <option value="selected">{t.scopeSelected(selectedCount)}</option>}
        </select>
      </label>
      <label className="rule"><span>{t.format}</span>
        <select data-print="cardFormat" value={print.cardFormat} onChange={(e) => change({ cardFormat: e.target.value as CardFormat })}>
          {FORMATS.map((value) => <option key={value} value={value}>{t.formats[value]}</option>)}
        </select>
      </label>
      {print.cardFormat === 'custom' && (
        <label className="rule"><span>{t.faceSize}</span>
          <span className="size-inputs">
            <DraftInput type="number" data-print="customWidth" min={50} max={420} value={String(print.customWidth)} onCommit={(v) => change({ customWidth: clamp(Number(v), 50, 420, print.customWidth) })} /> ×
            <DraftInput type="number" data-print="customHeight" min={30} max={300} value={String(print.customHeight)} onCommit={(v) => change({ customHeight: clamp(Number(v), 30, 300, print.customHeight) })} />
          </span>
        </label>
      )}
      <label className="rule"><span>{t.font}</span>
        <select data-print="font" value={print.font} onChange={(e) => (e.target.value === PICK_FONT ? void pickFont() : change({ font: e.target.value }))}>
          {fontOptions.map((f) => <option key={f.choice} value={f.choice}>{f.name}</option>)}
          {!fontOptions.some((f) => f.choice === print.font) && <option value={print.font}>{print.font}</option>}
          {platform.kind === 'electron' && <option value={PICK_FONT}>{t.pickFont}</option>}
        </select>
      </label>
      <label className="rule"><span>{t.fallback}</span>
        <select data-print="fallbackFont" value={print.fallbackFont} onChange={(e) => change({ fallbackFont: e.target.value })}>
          <option value="bundled-fallback">{t.fallbackBundled}</option>
          <option value="none">{t.fallbackNone}</option>
          {fonts.map((f) => <option key={f.choice} value={f.choice}>{t.fallbackWith(f.name)}</option>)}
        </select>
      </label>
      <label className="rule"><span>{t.secondLine}</span>
        <select data-print="secondLine" value={print.secondLine} onChange={(e) => change({ secondLine: e.target.value as PrintSettings['secondLine'] })}>
          <option value="none">{t.secondLines.none}</option>
          <option value="title">{t.secondLines.title}</option>
          <option value="unit">{t.secondLines.unit}</option>
        </select>
      </label>
      <label className="rule rule-flag"><input type="checkbox" data-print="englishLine" checked={print.englishLine} onChange={(e) => change({ englishLine: e.target.checked })} /><span>{t.englishLine}</span></label>
      <label className="rule rule-flag"><input type="checkbox" data-print="widenTwoChar" checked={print.widenTwoChar} onChange={(e) => change({ widenTwoChar: e.target.checked })} /><span>{t.widenTwoChar}</span></label>
      <label className="rule rule-flag"><input type="checkbox" data-print="vertical" checked={print.vertical} onChange={(e) => change({ vertical: e.target.checked })} /><span>{t.vertical}</span></label>
      <label className="rule rule-flag"><input type="checkbox" data-print="marks" checked={print.marks} onChange={(e) => change({ marks: e.target.checked })} /><span>{t.marks}</span></label>
    </div>
  );
}
