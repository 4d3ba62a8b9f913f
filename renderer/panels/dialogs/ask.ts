// The app's own question dialogs instead of the browser's bare window.confirm/prompt, which look
// foreign, cannot be translated and block the page. Any code may ask; <DialogHost> (mounted once in
// App) shows one question at a time and the promise answers when the user does.
import { create } from 'zustand';

export interface Question {
  id: number;
  text: string;
  /** Asks for a line of text (a name) rather than a yes or no. */
  input?: { initial: string };
  /** A question whose "yes" discards work is worded and coloured as such. */
  danger?: boolean;
  answer: (value: string | null) => void;
}

interface Questions {
  queue: Question[];
}

export const useQuestions = create<Questions>()(() => ({ queue: [] }));

let nextId = 0;

function ask(question: Omit<Question, 'id' | 'answer'>): Promise<string | null> {
  return new Promise((resolve) => {
    const id = ++nextId;
    const answer = (value: string | null) => {
      useQuestions.setState(({ queue }) => ({ queue: queue.filter((q) => q.id !== id) }));
      resolve(value);
    };
    useQuestions.setState(({ queue }) => ({ queue: [...queue, { ...question, id, answer }] }));
  });
}

/** Yes or no: resolves true only when the user confirms. */
export const askConfirm = async (text: string, options: { danger?: boolean } = {}): Promise<boolean> =>
  (await ask({ text, ...options })) !== null;

/** A line of text, trimmed; null when the user cancels or leaves it empty. */
export async function askText(text: string, initial = ''): Promise<string | null> {
  const value = (await ask({ text, input: { initial } }))?.trim();
  return value ? value : null;
}
