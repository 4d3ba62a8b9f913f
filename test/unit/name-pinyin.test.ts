// One pinyin reading per name, shared by the roster search, the canvas find box and the sign-in
// desk: initials and the whole spelling from the start, the surname read as a surname (曾 zēng).
import { describe, expect, it } from 'vitest';
import { matchesPinyin, namePinyin, pinyinQuery } from '../../shared/names/name-pinyin';
import { findPeople } from '../../renderer/canvas/find';
import { matchesQuery } from '../../renderer/panels/roster/rows';
import { searchIndexOf, searchPeople } from '../../renderer/panels/signin/search-index';
import { makePerson } from '../../shared/model/person';

const names = ['刘杰波', '曾庆红', '单雄', '黄　萍峰', '柳洁'];

describe('a name’s pinyin', () => {
  it('reads initials and spelling, surnames as surnames, spaces ignored', () => {
    expect(namePinyin('刘杰波')).toEqual({ initials: 'ljb', spelled: 'liujiebo' });
    expect(namePinyin('曾庆红')).toEqual({ initials: 'zqh', spelled: 'zengqinghong' });
    expect(namePinyin('单雄').spelled).toBe('shanxiong');
    expect(namePinyin('黄　萍峰')).toEqual({ initials: 'hpf', spelled: 'huangpingfeng' });
    expect(pinyinQuery(' Liu Jie ')).toBe('liujie');
    expect(pinyinQuery('刘')).toBeNull();
    expect(matchesPinyin('刘杰波', 'liuj')).toBe(true);
    expect(matchesPinyin('刘杰波', 'jiebo')).toBe(false);
  });

  it('the roster, the canvas and the sign-in desk find the same people', () => {
    const people = names.map((name, i) => makePerson({ id: `p${i}`, name, rosterIndex: i }));
    const index = searchIndexOf(people);
    for (const query of ['liu', 'liujie', 'ljb', 'zeng', 'zqh', 'shan', 'hpf', 'huangping']) {
      const roster = people.filter((p) => matchesQuery({ name: p.name, unit: '' }, query)).map((p) => p.id).sort();
      const canvas = findPeople(people, query, () => undefined).map((p) => p.id).sort();
      const desk = searchPeople(index, query).sort();
      expect(roster.length, query).toBeGreaterThan(0);
      expect(canvas, query).toEqual(roster);
      expect(desk, query).toEqual(roster);
    }
    expect(findPeople(people, 'ceng', () => undefined)).toEqual([]);
  });
});
