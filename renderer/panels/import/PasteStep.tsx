// 粘贴名单 from the menu or toolbar: a box to press Ctrl+V in (a page may not read the clipboard
// unasked); what lands in it goes straight to the mapping step.
import { useEffect, useRef } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { startPaste } from './import-flow';
import { useImport } from './import-state';

export function PasteStep({ problem }: { problem: string | null }) {
  const words = useMessages().importDialog;
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div className="import-paste">
      <p>{words.pasteHint}</p>
      <textarea
        ref={box}
        data-import="paste-box"
        rows={8}
        onPaste={(event) => {
          event.preventDefault();
          const text = event.clipboardData.getData('text/plain');
          if (!startPaste(text)) useImport.getState().update({ step: { kind: 'paste', problem: words.pasteEmpty } });
        }}
        onChange={(event) => {
          // Typed or dropped text with a line break or a tab is read the same way.
          const text = event.target.value;
          if (text.includes('\t') && text.includes('\n')) startPaste(text);
        }}
      />
      {problem && <p className="form-problem" role="alert">{problem}</p>}
    </div>
  );
}
