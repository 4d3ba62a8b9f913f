// A notice with a key replaces its older version, and a family key clears its members: a new
// arrangement's result takes the place of the last one's result and its "not enough seats" warnings.
import { beforeEach, describe, expect, it } from 'vitest';
import { useZuoci } from '../../renderer/store/store';

const texts = () => useZuoci.getState().notices.map((n) => n.text);

beforeEach(() => useZuoci.setState({ notices: [] }));

describe('notices', () => {
  it('a keyed notice replaces the older one with the same key and leaves others', () => {
    const { notify } = useZuoci.getState();
    notify({ kind: 'info', text: '已导入 170 人' });
    notify({ kind: 'info', text: '已排好 57 人', key: 'arrange' });
    notify({ kind: 'warning', text: '台下座位不足，113 人未能安排', key: 'arrange:unplaced:台下' });
    notify({ kind: 'info', text: '已排好 170 人', key: 'arrange' });
    expect(texts()).toEqual(['已导入 170 人', '已排好 170 人']);
  });

  it('a member key replaces only its own older version', () => {
    const { notify } = useZuoci.getState();
    notify({ kind: 'warning', text: '台下 113 人', key: 'arrange:unplaced:台下' });
    notify({ kind: 'warning', text: '主席台 2 人', key: 'arrange:unplaced:主席台' });
    notify({ kind: 'warning', text: '台下 20 人', key: 'arrange:unplaced:台下' });
    expect(texts()).toEqual(['主席台 2 人', '台下 20 人']);
  });

  it('notices without a key pile up, five at most', () => {
    const { notify } = useZuoci.getState();
    for (let i = 1; i <= 7; i++) notify({ kind: 'info', text: `第 ${i} 条` });
    expect(texts()).toEqual(['第 3 条', '第 4 条', '第 5 条', '第 6 条', '第 7 条']);
  });
});
