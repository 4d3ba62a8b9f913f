// 同名: people whose names match once normalised are marked, each naming the others.
import { describe, expect, it } from 'vitest';
import { findNamesakes } from '../../shared/roster/namesakes';

const person = (id: string, name: string, unit: string) => ({ id, name, unit });

describe('namesakes (同名)', () => {
  it('pairs names that differ only in spacing, width or the ethnic-name dot', () => {
    const people = [
      person('a', '王伟', '财政局'), person('b', '王　伟', '教育局'), person('c', ' 王伟 ', '公安局'),
      person('d', '阿依古丽•买买提', '民委'), person('e', '阿依古丽·买买提', '文旅局'),
      person('f', '李明', '财政局'),
    ];
    const found = findNamesakes(people);
    expect([...found.keys()].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(found.get('a')!.map((p) => p.unit)).toEqual(['教育局', '公安局']);
    expect(found.get('e')!.map((p) => p.id)).toEqual(['d']);
    expect(found.has('f')).toBe(false);
  });

  it('finds none in a roster of distinct names, and none for a name that is only spaces', () => {
    expect(findNamesakes([person('a', '王伟', 'x'), person('b', '王玮', 'x')]).size).toBe(0);
    expect(findNamesakes([person('a', ' ', 'x'), person('b', '　', 'y')]).size).toBe(0);
  });

  it('handles 10,000 people with many namesakes in one pass', () => {
    const people = Array.from({ length: 10_000 }, (_, i) => person(`p${i}`, `姓名${i % 5000}`, `单位${i}`));
    const found = findNamesakes(people);
    expect(found.size).toBe(10_000);
    expect(found.get('p0')!.map((p) => p.id)).toEqual(['p5000']);
  });
});
