// Shows the first waiting question (see ask.ts). Enter answers yes, Escape answers no, wherever
// the focus is; while a question waits, the app's shortcuts (Ctrl+S, Ctrl+Z…) and a print dialog
// underneath (which closes on Escape) do not hear the keyboard.
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useQuestions, type Question } from './ask';
import { holdKeyboard } from './hold-keyboard';

export function DialogHost() {
  const question = useQuestions((state) => state.queue[0]);
  return question ? <QuestionDialog key={question.id} question={question} /> : null;
}

function QuestionDialog({ question }: { question: Question }) {
  const messages = useMessages();
  const [value, setValue] = useState(question.input?.initial ?? '');
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const box = useRef<HTMLDivElement>(null);
  const latest = useRef(value);
  latest.current = value;
  useEffect(() => {
    // Capture on the window: runs before any other key handler and whatever has the focus.
    const onKeyDown = (event: KeyboardEvent) => {
      const onButton = event.target instanceof HTMLButtonElement; // Enter on 取消 means 取消
      if (event.key === 'Escape' || (event.key === 'Enter' && !onButton)) {
        event.preventDefault();
        question.answer(event.key === 'Escape' ? null : question.input ? latest.current : '');
      }
      holdKeyboard(event, box.current);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [question]);
  const yes = () => question.answer(question.input ? value : '');
  const no = () => question.answer(null);
  return (
    <div className="dialog-backdrop question-backdrop" role="presentation">
      <div ref={box} className="question-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`question-${question.id}`} data-testid="question-dialog">
        <p id={`question-${question.id}`}>{question.text}</p>
        {question.input && <input ref={first} data-dialog="input" value={value} onChange={(event) => setValue(event.target.value)} />}
        <div className="question-buttons">
          <button type="button" data-dialog="cancel" onClick={no}>{messages.cancel}</button>
          <button ref={question.input ? undefined : first} type="button" data-dialog="ok" className={question.danger ? 'danger' : 'primary'} onClick={yes}>
            {messages.ok}
          </button>
        </div>
      </div>
    </div>
  );
}
