// Shows the first waiting form (see form.ts). Enter submits, Escape cancels, wherever the focus is;
// while a form waits, the app's shortcuts and a print dialog underneath do not hear the keyboard
// (as for questions, DialogHost.tsx). A required field left empty, or the form's own check, keeps
// it open with the reason shown.
import { useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { useForms, type Form, type FormValues } from './form';
import './form.css';
import { holdKeyboard } from './hold-keyboard';

export function FormHost() {
  const form = useForms((state) => state.queue[0]);
  return form ? <FormDialog key={form.id} form={form} /> : null;
}

const initialValues = (form: Form): FormValues =>
  Object.fromEntries(form.fields.map((f) => [f.key, f.kind === 'check' ? (f.initial ?? false) : (f.initial ?? '')]));

function FormDialog({ form }: { form: Form }) {
  const messages = useMessages();
  const [values, setValues] = useState(() => initialValues(form));
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = () => {
    const trimmed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]));
    const missing = form.fields.find((f) => f.kind === 'text' && f.required && !trimmed[f.key]);
    const reason = missing ? messages.formRequired(missing.label) : form.check?.(trimmed) ?? null;
    if (reason) return setProblem(reason);
    form.answer(trimmed);
  };
  const latestSubmit = useRef(submit);
  latestSubmit.current = submit;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Capture on the window: runs before any other key handler and whatever has the focus.
    const onKeyDown = (event: KeyboardEvent) => {
      const onButton = event.target instanceof HTMLButtonElement; // Enter on 取消 means 取消
      const onCheck = event.target instanceof HTMLInputElement && event.target.type === 'checkbox';
      if (event.key === 'Escape') {
        event.preventDefault();
        form.answer(null);
      } else if (event.key === 'Enter' && !onButton && !onCheck) {
        event.preventDefault();
        latestSubmit.current();
      }
      holdKeyboard(event, box.current);
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [form]);
  return (
    <div className="dialog-backdrop question-backdrop" role="presentation">
      <div ref={box} className="question-dialog form-dialog" role="dialog" aria-modal="true" aria-labelledby={`form-${form.id}`} data-testid="form-dialog">
        <p id={`form-${form.id}`} className="form-title">{form.title}</p>
        {form.fields.map((field, i) => (
          <label key={field.key} className={`form-field form-${field.kind}`}>
            {field.kind === 'check' ? (
              <input ref={i === 0 ? first : undefined} type="checkbox" data-field={field.key} checked={values[field.key] === true}
                onChange={(event) => { setValues({ ...values, [field.key]: event.target.checked }); setProblem(null); }} />
            ) : null}
            <span>{field.label}</span>
            {field.kind === 'text' ? (
              <input ref={i === 0 ? first : undefined} data-field={field.key} value={String(values[field.key] ?? '')}
                onChange={(event) => { setValues({ ...values, [field.key]: event.target.value }); setProblem(null); }} />
            ) : null}
          </label>
        ))}
        {problem && <p className="form-problem" role="alert">{problem}</p>}
        <div className="question-buttons">
          <button type="button" data-dialog="cancel" onClick={() => form.answer(null)}>{messages.cancel}</button>
          <button type="button" data-dialog="ok" className="primary" onClick={submit}>{form.submitLabel ?? messages.ok}</button>
        </div>
      </div>
    </div>
  );
}
