// 清点并报告到会人数: 应到 / 实到 / 请假 / 未到 in total, by category and by unit, live.
import type { AttendanceCount, AttendanceSummary } from '../../../shared/model/check-ins';
import type { DeskMessages } from '../../i18n/desk10-messages';

function CountRows({ title, counts, t, testId }: { title: string; counts: readonly AttendanceCount[]; t: DeskMessages; testId: string }) {
  return (
    <table className="signin-counts" data-testid={testId}>
      <thead>
        <tr><th>{title}</th><th>{t.expected}</th><th>{t.present}</th><th>{t.leaveCount}</th><th>{t.missing}</th></tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.key} data-key={c.key}>
            <td>{c.key || t.noUnit}</td><td>{c.expected}</td><td className="present">{c.present}</td><td>{c.leave}</td><td className="missing">{c.missing}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TotalCounts({ total, t }: { total: AttendanceCount; t: DeskMessages }) {
  return (
    <div className="signin-total" data-testid="signin-total" data-expected={total.expected} data-present={total.present} data-leave={total.leave} data-missing={total.missing}>
      <span>{t.expected} <b>{total.expected}</b></span>
      <span>{t.present} <b className="present">{total.present}</b></span>
      <span>{t.leaveCount} <b>{total.leave}</b></span>
      <span>{t.missing} <b className="missing">{total.missing}</b></span>
    </div>
  );
}

export function CountTables({ summary, t }: { summary: AttendanceSummary; t: DeskMessages }) {
  return (
    <>
      <CountRows title={t.byCategory} counts={summary.byCategory} t={t} testId="signin-by-category" />
      <CountRows title={t.byUnit} counts={summary.byUnit} t={t} testId="signin-by-unit" />
    </>
  );
}
