// The roster import dialog (issue 10 item 2) and the page-wide paste of spreadsheet cells. Mounted
// once in App; shows whichever step the import is at (import-state.ts). While open it holds the
// keyboard: Escape cancels, the app's shortcuts underneath do not run.
import { useEffect, useMemo, useRef } from 'react';
import { isTextField } from '../../actions/text-field';
import { useMessages } from '../../i18n/useMessages';
import { useZuoci } from '../../store/store';
import { looksLikeCells } from '../../../shared/roster/paste';
import { applyMergeNow, confirmMapping, importedFrom, startPaste } from './import-flow';
import { useImport, type ImportSession } from './import-state';
import { MappingStep } from './MappingStep';
import { MergeStep } from './MergeStep';
import { PasteStep } from './PasteStep';
import './import.css';

/** Ctrl+V of cells copied from Excel or WPS anywhere but a text field opens the mapping dialog. */
function usePastedCells(): void {
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (useImport.getState().session || isTextField(event.target) || isTextField(document.activeElement)) return;
      if (document.querySelector('[aria-modal="true"]')) return; // another dialog is asking something
      const text = event.clipboardData?.getData('text/plain') ?? '';
      if (!looksLikeCells(text)) return;
      event.preventDefault();
      startPaste(text);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);
}

export function ImportHost() {
  usePastedCells();
  const session = useImport((state) => state.session);
  return session ? <ImportDialog session={session} /> : null;
}

function ImportDialog({ session }: { session: ImportSession }) {
  const words = useMessages().importDialog;
  const close = useImport((state) => state.close);
  const update = useImport((state) => state.update);
  const box = useRef<HTMLDivElement>(null);
  const step = session.step.kind;
  const people = useMemo(() => (step === 'mapping' ? importedFrom(session).people.length : 0), [session, step]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      }
      // Ctrl+Z, Ctrl+S… belong to the dialog while it is open (Ctrl+V still pastes into its box).
      if (event.key === 'Escape' || event.ctrlKey || event.metaKey) event.stopPropagation();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [close]);
  const title = session.fileName === null ? words.titlePaste : words.titleFile(session.fileName);

  return (
    <div className="dialog-backdrop" role="presentation">
      <div ref={box} className="import-dialog" role="dialog" aria-modal="true" aria-label={title} data-testid="import-dialog" data-state={step}>
        <header>
          <h2>{step === 'reading' ? words.reading : title}</h2>
        </header>
        <div className="import-body">
          {step === 'paste' && <PasteStep problem={session.step.kind === 'paste' ? session.step.problem : null} />}
          {step === 'mapping' && <MappingStep session={session} />}
          {step === 'merge' && <MergeStep session={session} />}
        </div>
        <footer className="question-buttons">
          {step === 'merge' && <button type="button" data-import="back" onClick={() => update({ step: { kind: 'mapping' } })}>{words.back}</button>}
          <button type="button" data-import="cancel" onClick={close}>{words.cancel}</button>
          {step === 'mapping' && (
            <button type="button" data-import="confirm" className="primary" disabled={people === 0} onClick={confirmMapping}>
              {hasRoster() ? words.next : words.importNow}
            </button>
          )}
          {step === 'merge' && <button type="button" data-import="apply" className="primary" onClick={applyMergeNow}>{words.apply}</button>}
        </footer>
      </div>
    </div>
  );
}

const hasRoster = () => useZuoci.getState().meeting.people.length > 0;
