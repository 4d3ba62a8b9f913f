// 座次图 options (protocol 7): paper, orientation, view, row labels, and the approval (7.3).
import type { MeetingMeta, SeatMapSettings } from '../../../shared/model/schema';
import { DraftInput } from '../DraftInput';
import { useMessages } from '../../i18n/useMessages';

interface Props {
  map: SeatMapSettings;
  meta: MeetingMeta;
  changeMap: (update: Partial<SeatMapSettings>) => void;
  changeMeta: (update: Partial<MeetingMeta>) => void;
  /** Lists only need the meeting's name. */
  titleOnly: boolean;
}

export function MapSettings({ map, meta, changeMap, changeMeta, titleOnly }: Props) {
  const t = useMessages().printDialog;
  const approved = meta.status === 'approved';
  const title = <label className="rule"><span>{t.meetingTitle}</span><DraftInput data-print="title" value={meta.title} onCommit={(title) => changeMeta({ title })} /></label>;
  // The printout's own words (titles, headings, row labels, legend) in Chinese or English; the map and the lists share it.
  const language = (
    <label className="rule"><span>{t.mapLanguage}</span>
      <select data-print="mapLanguage" value={map.language ?? 'zh-CN'} onChange={(e) => changeMap({ language: e.target.value as 'zh-CN' | 'en' })}>
        <option value="zh-CN">{t.printLanguages.zh}</option>
        <option value="en">{t.printLanguages.en}</option>
      </select>
    </label>
  );
  if (titleOnly) return <div className="print-settings">{title}{language}</div>;
  return (
    <div className="print-settings">
      {title}
      <label className="rule"><span>{t.date}</span><DraftInput data-print="date" value={meta.date} onCommit={(date) => changeMeta({ date })} /></label>
      <label className="rule"><span>{t.place}</span><DraftInput data-print="place" value={meta.place} onCommit={(place) => changeMeta({ place })} /></label>
      <label className="rule"><span>{t.paper}</span>
        <select data-print="paper" value={`${map.paper}-${map.landscape ? 'l' : 'p'}`} onChange={(e) => {
          const [paper, orientation] = e.target.value.split('-') as ['A3' | 'A4', 'l' | 'p'];
          changeMap({ paper, landscape: orientation === 'l' });
        }}>
          {(['A3-l', 'A3-p', 'A4-l', 'A4-p'] as const).map((value) => <option key={value} value={value}>{t.papers[value]}</option>)}
        </select>
      </label>
      <label className="rule"><span>{t.view}</span>
        <select data-print="view" value={map.view} onChange={(e) => changeMap({ view: e.target.value as 'a' | 'r' })}>
          <option value="a">{t.views.a}</option>
          <option value="r">{t.views.r}</option>
        </select>
      </label>
      {language}
      <label className="rule"><span>{t.rowLabels}</span>
        <select data-print="rowLabels" value={map.rowLabels} onChange={(e) => changeMap({ rowLabels: e.target.value as 'arabic' | 'chinese' })}>
          <option value="arabic">{t.rowLabelStyles.arabic}</option>
          <option value="chinese">{t.rowLabelStyles.chinese}</option>
        </select>
      </label>
      <label className="rule rule-flag">
        <input type="checkbox" data-print="approved" checked={approved} onChange={(e) => changeMeta(e.target.checked
          ? { status: 'approved', approvedAt: meta.approvedAt || new Date().toISOString().slice(0, 10) }
          : { status: 'draft' })} />
        <span>{t.approved}</span>
      </label>
      {approved && (
        <label className="rule"><span>{t.approvedBy}</span><DraftInput data-print="approvedBy" value={meta.approvedBy ?? ''} onCommit={(approvedBy) => changeMeta({ approvedBy })} /></label>
      )}
    </div>
  );
}
