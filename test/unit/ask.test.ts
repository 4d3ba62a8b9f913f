// The app's own questions wait in line: one is shown at a time, each promise answers its own
// question, and a name left empty counts as no answer.
import { describe, expect, it } from 'vitest';
import { askConfirm, askText, useQuestions } from '../../renderer/panels/dialogs/ask';

const shown = () => useQuestions.getState().queue[0]!;

describe('questions', () => {
  it('are answered one at a time, in the order they were asked', async () => {
    const replace = askConfirm('换用模板会清空当前座次，继续吗？', { danger: true });
    const name = askText('谁代 毛军 出席？');
    expect(useQuestions.getState().queue.map((q) => q.text)).toEqual(['换用模板会清空当前座次，继续吗？', '谁代 毛军 出席？']);
    expect(shown().danger).toBe(true);
    shown().answer(null);
    expect(await replace).toBe(false);
    expect(shown().input).toEqual({ initial: '' });
    shown().answer('  王代表 ');
    expect(await name).toBe('王代表');
    expect(useQuestions.getState().queue).toEqual([]);
  });

  it('a confirmation is yes only when confirmed; an empty name is no name', async () => {
    const yes = askConfirm('继续吗？');
    shown().answer('');
    expect(await yes).toBe(true);
    const empty = askText('谁代 毛军 出席？', '毛军');
    expect(shown().input).toEqual({ initial: '毛军' });
    shown().answer('   ');
    expect(await empty).toBeNull();
  });
});
