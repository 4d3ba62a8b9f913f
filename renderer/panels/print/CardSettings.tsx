// 座签 options (protocol 6): format, font and fallback, lines, widening, 竖排, marks, what to print.
import { useEffect, useState } from 'react';
import type { CardFormat, PrintSettings } from '../../../shared/model/schema';
import type { InstalledFontChoice } from '../../../shared/platform';
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

const FORMATS: [CardFormat, string][] = [
  ['a4-fold2', 'A4 对折（牌面 297×105 毫米）'],
  ['a4-fold3', 'A4 三折（两面 70 毫米 + 底座）'],
  ['insert-200x100', '亚克力台卡插卡 200×100 毫米（每张 A4 两张）'],
  ['custom', '自定义牌面尺寸'],
];

export function CardSettings({ print, change, scope, setScope, selectedCount }: Props) {
  const [fonts, setFonts] = useState<InstalledFontChoice[]>([]);
  useEffect(() => {
    void platform.listFonts().then((result) => result.ok && setFonts(result.value));
  }, []);
  const fontOptions = [{ name: '思源黑体（内置）', choice: 'bundled' }, ...fonts];
  return (
    <div className="print-settings">
      <label className="rule"><span>打印范围</span>
        <select data-print="scope" value={scope} onChange={(e) => setScope(e.target.value as CardScope)}>
          <option value="rostrum">主席台和会议桌</option>
          <option value="all">全部已排座位</option>
          <option value="changed">只印上次打印后有变动的</option>
          {selectedCount > 0 && <option value="selected">只印画布上选中的 {selectedCount} 个座位</option>}
        </select>
      </label>
      <label className="rule"><span>格式</span>
        <select data-print="cardFormat" value={print.cardFormat} onChange={(e) => change({ cardFormat: e.target.value as CardFormat })}>
          {FORMATS.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      {print.cardFormat === 'custom' && (
        <label className="rule"><span>牌面（毫米）</span>
          <span className="size-inputs">
            <DraftInput type="number" data-print="customWidth" min={50} max={420} value={String(print.customWidth)} onCommit={(v) => change({ customWidth: clamp(Number(v), 50, 420, print.customWidth) })} /> ×
            <DraftInput type="number" data-print="customHeight" min={30} max={300} value={String(print.customHeight)} onCommit={(v) => change({ customHeight: clamp(Number(v), 30, 300, print.customHeight) })} />
          </span>
        </label>
      )}
      <label className="rule"><span>字体</span>
        <select data-print="font" value={print.font} onChange={(e) => change({ font: e.target.value })}>
          {fontOptions.map((f) => <option key={f.choice} value={f.choice}>{f.name}</option>)}
          {!fontOptions.some((f) => f.choice === print.font) && <option value={print.font}>{print.font}</option>}
        </select>
      </label>
      <label className="rule"><span>缺字时</span>
        <select data-print="fallbackFont" value={print.fallbackFont} onChange={(e) => change({ fallbackFont: e.target.value })}>
          <option value="bundled-fallback">用内置思源黑体补字（含扩展区）</option>
          <option value="none">不补字（缺字的座签不打印）</option>
          {fonts.map((f) => <option key={f.choice} value={f.choice}>用 {f.name} 补字</option>)}
        </select>
      </label>
      <label className="rule"><span>第二行</span>
        <select data-print="secondLine" value={print.secondLine} onChange={(e) => change({ secondLine: e.target.value as PrintSettings['secondLine'] })}>
          <option value="none">无</option>
          <option value="title">职务</option>
          <option value="unit">单位</option>
        </select>
      </label>
      <label className="rule rule-flag"><input type="checkbox" data-print="englishLine" checked={print.englishLine} onChange={(e) => change({ englishLine: e.target.checked })} /><span>加拼音行（外宾）</span></label>
      <label className="rule rule-flag"><input type="checkbox" data-print="widenTwoChar" checked={print.widenTwoChar} onChange={(e) => change({ widenTwoChar: e.target.checked })} /><span>{'两字姓名加宽（王　伟）'}</span></label>
      <label className="rule rule-flag"><input type="checkbox" data-print="vertical" checked={print.vertical} onChange={(e) => change({ vertical: e.target.checked })} /><span>竖排（窄座签）</span></label>
      <label className="rule rule-flag"><input type="checkbox" data-print="marks" checked={print.marks} onChange={(e) => change({ marks: e.target.checked })} /><span>印折线、裁切线</span></label>
    </div>
  );
}
