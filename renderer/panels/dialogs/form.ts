// Small forms (a few text fields or ticks) asked like ask.ts asks a question: the 代会 substitute's
// name, unit and title; which sheets go into an Excel export. <FormHost> in App shows one at a time.
import { create } from 'zustand';

export type FormField =
  | { key: string; kind: 'text'; label: string; initial?: string; required?: boolean }
  | { key: string; kind: 'check'; label: string; initial?: boolean };

export type FormValues = Record<string, string | boolean>;

export interface Form {
  id: number;
  title: string;
  fields: FormField[];
  submitLabel?: string;
  /** Why the values cannot be used yet (shown under the fields), or null when they can. */
  check?: (values: FormValues) => string | null;
  answer: (values: FormValues | null) => void;
}

export const useForms = create<{ queue: Form[] }>()(() => ({ queue: [] }));

let nextId = 0;

/** Resolves the values (text trimmed) when the user submits, null when they cancel. */
export function askForm(form: Omit<Form, 'id' | 'answer'>): Promise<FormValues | null> {
  return new Promise((resolve) => {
    const id = ++nextId;
    const answer = (values: FormValues | null) => {
      useForms.setState(({ queue }) => ({ queue: queue.filter((f) => f.id !== id) }));
      resolve(values);
    };
    useForms.setState(({ queue }) => ({ queue: [...queue, { ...form, id, answer }] }));
  });
}
