// Shows the first waiting question (see ask.ts). Enter answers yes, Escape answers no, wherever
// the focus is inside the dialog; the question keeps the keyboard until it is answered.
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useQuestions, type Question } from './ask';

export function DialogHost() {
  const question = useQuestions((state) => state.queue[0]);
  return question ? <QuestionDialog key={question.id} question={question} /> : null;
}

function QuestionDialog({ question }: { question: Question }) {
  const messages = useMessages();
  const [value, setValue] = useState(question.input?.initial ?? '');
  const first = useRef<HTMLInputElement & HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const yes = () => question.answer(question.input ? value : '');
  const no = () => question.answer(null);
  const onKeyDown = (event: React.KeyboardEvent) => {
    // Kept from the app's shortcuts and from a print dialog underneath, which also closes on Escape.
    event.stopPropagation();
    if (event.key === 'Escape') no();
    if (event.key === 'Enter') {
      event.preventDefault();
      yes();
    }
  };
  return (
    <div className="dialog-backdrop question-backdrop" role="presentation">
      <div className="question-dialog" role="alertdialog" aria-modal="true" aria-labelledby={`question-${question.id}`} data-testid="question-dialog" onKeyDown={onKeyDown}>
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
