// The sign-in desk's search: initials, full pinyin, names and units, best first, over an index
// built once per roster.
import { describe, expect, it } from 'vitest';
import { searchIndexOf, searchPeople } from '../../renderer/panels/signin/search-index';

const people = [
  { id: '1', name: '王建国', unit: '区委' },
  { id: '2', name: '王建', unit: '区政府' },
  { id: '3', name: '汪静', unit: '区委办公室' },
  { id: '4', name: '单雄', unit: '区人大' },
  { id: '5', name: '李王', unit: '区政府' },
];

describe('sign-in search', () => {
  it('matches initials and full pinyin, the exact ones first', () => {
    const index = searchIndexOf(people);
    expect(searchPeople(index, 'wjg')).toEqual(['1']);
    expect(searchPeople(index, 'wj')).toEqual(['2', '3', '1']);
    expect(searchPeople(index, 'WangJian')).toEqual(['2', '1']);
    expect(searchPeople(index, 'sx')).toEqual(['4']); // 单 as a surname reads shàn
  });

  it('matches Chinese names (exact, then start, then inside) and then units', () => {
    const index = searchIndexOf(people);
    expect(searchPeople(index, '王建')).toEqual(['2', '1']);
    expect(searchPeople(index, '王')).toEqual(['1', '2', '5']);
    expect(searchPeople(index, '区委')).toEqual(['1', '3']);
    expect(searchPeople(index, '  ')).toEqual([]);
    expect(searchPeople(index, '王', 1)).toEqual(['1']);
  });

  it('builds the index once per roster', () => {
    expect(searchIndexOf(people)).toBe(searchIndexOf(people));
    expect(searchIndexOf([...people])).not.toBe(searchIndexOf(people));
  });
});
