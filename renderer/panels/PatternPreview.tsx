import type { PatternPreview as Preview } from '../../shared/arrange/preview';

/** The first rows of a zone as numbers in A-view: what the rules will do, before applying them. */
export function PatternPreview({ preview, caption, unitLabel }: { preview: Preview; caption: string; unitLabel: (unit: string) => string }) {
  return (
    <figure className="pattern-preview" data-testid="pattern-preview">
      <figcaption>{caption}</figcaption>
      {preview.rows.map((row, r) => (
        <div key={r} className="preview-row" data-row={r + 1}>
          {row.map((n, c) => (
            <span key={c} className={`preview-seat${n === 1 ? ' first' : ''}`} title={n && preview.units ? unitLabel(preview.units[n - 1]!) : undefined}>
              {n === null ? '·' : preview.units ? `${preview.units[n - 1]}${n}` : n}
            </span>
          ))}
        </div>
      ))}
    </figure>
  );
}
