// A cell being edited: Enter keeps the text (when it passes the field's check), Escape puts the
// old value back, leaving the cell keeps a valid text. A refused text stays, with the reason.
import { useEffect, useRef } from 'react';

interface Props {
  draft: string;
  error: string | null;
  label: string;
  onDraft: (text: string) => void;
  onCommit: () => void;
  /** Leaving the cell keeps a valid text, and leaves the focus where the user put it. */
  onBlur: () => void;
  onCancel: () => void;
}

export function CellEditor({ draft, error, label, onDraft, onCommit, onBlur, onCancel }: Props) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <span className="cell-editor">
      <input
        ref={input}
        data-control="cell-editor"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        value={draft}
        onChange={(event) => onDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.nativeEvent.isComposing) return; // Enter that ends an IME composition is the IME's
          if (event.key === 'Enter') {
            event.preventDefault();
            onCommit();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
          event.stopPropagation(); // the table's own keys (arrows, Delete) are not for the editor
        }}
        onBlur={onBlur}
      />
      {error && <span className="cell-error" role="alert" data-testid="cell-error">{error}</span>}
    </span>
  );
}
