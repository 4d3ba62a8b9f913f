// 打印: cards, the seat map and the lists, with a live preview of the real PDF; the options are
// saved with the document (each change one undo step).
import { useCallback, useEffect, useRef, useState } from 'react';
import { serializeProject } from '../../../shared/model/load';
import { setMeta, setPrintSettings } from '../../../shared/model/edits';
import type { MeetingMeta, PrintSettings, Project, SeatMapSettings } from '../../../shared/model/schema';
import type { PdfKind, PdfPreview as PdfPreviewResult, PdfRequest } from '../../../shared/platform';
import { exportPdf } from '../../actions/meeting-actions';
import { platform } from '../../platform/platform';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { CardSettings, type CardScope } from './CardSettings';
import { MapSettings } from './MapSettings';
import { PdfPreview } from './PdfPreview';
import { failureText } from '../../actions/host-result';

const KINDS: PdfKind[] = ['cards', 'map', 'index', 'sign-in', 'tickets', 'photo', 'cars'];
/** File names stay Chinese whatever the UI language: the documents are. */
const FILE_NAMES: Record<PdfKind, string> = { cards: '座签', map: '座次图', index: '座次表', 'sign-in': '签到表', tickets: '座次证', photo: '合影站位图', cars: '乘车安排表', attendance: '到会情况' };

/** A preview with what it was made from, so a slow one never passes for another kind's. */
type Shown = PdfPreviewResult & { kind: PdfKind; scope: CardScope; project: Project };

function selectionFor(scope: CardScope, selectedSeatIds: string[]): PdfRequest['selection'] {
  if (scope === 'all') return { zones: ['rostrum', 'table', 'hall'] };
  if (scope === 'changed') return { changedOnly: true };
  if (scope === 'selected') return { zones: ['rostrum', 'table', 'hall'], seatIds: selectedSeatIds };
  return {};
}

export function PrintDialog({ onClose }: { onClose: () => void }) {
  const t = useMessages().printDialog;
  const project = useZuoci((state) => state.project);
  const commit = useZuoci((state) => state.commit);
  const [kind, setKind] = useState<PdfKind>('cards');
  const [scope, setScope] = useState<CardScope>('rostrum');
  // The preview remembers what it was made from, so a slow one never passes for another kind's,
  // and the dialog knows whether what it shows is up to date.
  const [shown, setPreview] = useState<Shown | null>(null);
  // Previews already made for this document, by what they show: switching back costs nothing.
  const made = useRef(new Map<string, Shown>());
  const lastProject = useRef(project);
  const preview = shown?.kind === kind ? shown : null;
  const current = shown !== null && shown.kind === kind && shown.scope === scope && shown.project === project;
  const [problem, setProblem] = useState<string | null>(null);
  const [rendered, setRendered] = useState<string | null>(null);
  const onRendered = useCallback((pdf: string) => setRendered(pdf), []);
  const state = problem && current ? 'failed' : current && (rendered === shown.pdfBase64 || shown.pageCount === 0) ? 'ready' : 'working';

  // Escape closes the dialog wherever the focus is.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const selectedSeatIds = useZuoci((state) => state.selectedSeatIds);
  const selection = kind === 'cards' ? selectionFor(scope, selectedSeatIds) : undefined;

  // A fresh preview at once: every change here is a discrete commit (text boxes commit when left),
  // so there is no typing to wait out; a preview overtaken by a newer change is dropped.
  useEffect(() => {
    let current = true;
    const key = `${kind}|${scope}|${scope === 'selected' ? selectedSeatIds.join() : ''}`;
    const edited = lastProject.current !== project;
    lastProject.current = project;
    if (edited) made.current.clear();
    const known = made.current.get(key);
    if (known?.project === project) {
      setPreview(known);
      setProblem(null);
      return;
    }
    const timer = setTimeout(() => {
      void platform.previewPdf({ kind, documentText: serializeProject(project), ...(selection ? { selection } : {}) }).then((result) => {
        if (!current) return;
        const next: Shown = result.ok ? { ...result.value, kind, scope, project } : { pdfBase64: '', pageCount: 0, cardCount: 0, printed: {}, missingGlyphs: [], kind, scope, project };
        if (result.ok) made.current.set(key, next);
        setPreview(next);
        setProblem(failureText(result));
      });
    });
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, scope, project]);

  const changePrint = (update: Partial<PrintSettings>) => commit((p) => setPrintSettings(p, update));
  const changeMap = (update: Partial<SeatMapSettings>) => commit((p) => setPrintSettings(p, { map: { ...p.print.map, ...update } }));
  const changeMeta = (update: Partial<MeetingMeta>) => commit((p) => setMeta(p, update));
  const save = (openAfter: boolean) =>
    void exportPdf({ kind, suggestedName: `${project.meta.title || '会议'}-${FILE_NAMES[kind]}.pdf`, openAfter, ...(selection ? { selection } : {}) });

  return (
    <div className="dialog-backdrop" role="presentation">
      <div className="print-dialog" role="dialog" aria-modal="true" aria-label={t.title} data-preview-state={state}>
        <header>
          <h2>{t.title}</h2>
          <nav className="print-kinds">
            {KINDS.map((value) => (
              <button key={value} type="button" data-kind={value} className={kind === value ? 'active' : ''} onClick={() => setKind(value)}>{t.kinds[value]}</button>
            ))}
          </nav>
          <button type="button" className="close" aria-label={t.close} onClick={onClose}>×</button>
        </header>
        <div className="print-body">
          <div className="print-options">
            {kind === 'cards' && <CardSettings print={project.print} change={changePrint} scope={scope} setScope={setScope} selectedCount={selectedSeatIds.length} />}
            {kind !== 'cards' && <MapSettings map={project.print.map} meta={project.meta} changeMap={changeMap} changeMeta={changeMeta} titleOnly={kind !== 'map'} />}
          </div>
          <div className="print-preview">
            {problem && <p className="print-problem" role="alert">{problem}</p>}
            {state === 'working' && <p className="print-progress" role="status" data-testid="print-progress">{t.preparing}</p>}
            {preview && preview.pdfBase64 && (
              <>
                <p className="print-summary" data-testid="print-summary">
                  {t.summary(preview.pageCount, kind === 'cards' ? preview.cardCount : null)}
                </p>
                {preview.missingGlyphs.length > 0 && (
                  <div className="print-problem" role="alert" data-testid="missing-glyphs">
                    {t.missingGlyphsIntro}
                    <ul>{preview.missingGlyphs.map((m) => <li key={m.name}>{t.missingCharacters(m.name, m.characters.join(' '))}</li>)}</ul>
                  </div>
                )}
                {/* A chosen font that could not be read: the cards fall back to the bundled one, and say so. */}
                {(preview.fontNotices?.length ?? 0) > 0 && <p className="print-problem" role="alert" data-testid="font-notices">{preview.fontNotices!.join(' ')}</p>}
                <PdfPreview pdfBase64={preview.pdfBase64} kind={kind} onRendered={onRendered} />
              </>
            )}
          </div>
        </div>
        <footer>
          <button type="button" data-action="savePdf" onClick={() => save(false)}>{t.savePdf}</button>
          {platform.kind === 'electron' && <button type="button" data-action="openPdf" onClick={() => save(true)}>{t.openPdf}</button>}
        </footer>
      </div>
    </div>
  );
}
