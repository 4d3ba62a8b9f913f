// Notices follow the UI language (a notice made in Chinese reads in English after the switch, and
// back), the old text-only form still shows as made, and names in a notice are kept whole.
import { beforeEach, describe, expect, it } from 'vitest';
import { useZuoci } from '../../renderer/store/store';
import { noticeWords, tell } from '../../renderer/store/notice-words';
import { nameIndexOf, splitNames } from '../../renderer/panels/notice-names';

beforeEach(() => useZuoci.setState({ notices: [], language: 'zh-CN' }));

describe('notices in the language on screen', () => {
  it('a notice made with say is worded again in the language chosen later', () => {
    tell({ kind: 'info', key: 'arrange', say: (m) => m.arranged(57), sayDetails: (m) => [m.emptySeat] });
    const [notice] = useZuoci.getState().notices;
    expect(notice!.text).toBe('已排好 57 人。');
    expect(noticeWords(notice!, 'en')).toEqual({ text: 'Seated 57 people.', details: [expect.not.stringMatching(/[\u4e00-\u9fff]/)] });
    expect(noticeWords(notice!, 'zh-CN').text).toBe('已排好 57 人。');
  });

  it('made in English, it reads in Chinese after the switch back', () => {
    useZuoci.getState().setLanguage('en');
    tell({ kind: 'info', say: (m) => m.datafix.cardsToPrint(28) });
    const [notice] = useZuoci.getState().notices;
    expect(notice!.text).toBe('28 cards to print.');
    expect(noticeWords(notice!, 'zh-CN').text).toBe('28 张座签待打印。');
  });

  it('the old form (text alone) still shows as it was made', () => {
    useZuoci.getState().notify({ kind: 'warning', text: '旧的提示', details: ['第 3 行'] });
    expect(noticeWords(useZuoci.getState().notices[0]!, 'en')).toEqual({ text: '旧的提示', details: ['第 3 行'] });
  });
});

describe('names kept whole in a notice', () => {
  const index = nameIndexOf([{ name: '胡桂洋' }, { name: '胡桂' }, { name: '王伟' }, { name: '李' }]);
  it('finds the roster’s names, longest first, and leaves the rest as text', () => {
    expect(splitNames('座签：胡桂洋、王伟已排好', index)).toEqual(['座签：', { name: '胡桂洋' }, '、', { name: '王伟' }, '已排好']);
    expect(splitNames('李先生', index)).toEqual(['李先生']); // one-character names are not names to find
    expect(splitNames('', index)).toEqual([]);
  });
});
