// Protocol 3.3 姓氏笔画, 3.1 rank with tie-breakers, 3.2 the other orders.
import { describe, expect, it } from 'vitest';
import { compareNamesByStrokes, comparatorFor, sortPeople, unitSequence } from '../../shared/arrange/order';
import { characterStrokes, charactersWithoutStrokeData } from '../../shared/names/strokes';
import type { Person } from '../../shared/model/schema';
import { makePerson } from '../../shared/model/person';

const byStrokes = (names: string[], rule: 'blank-first' | 'compare' = 'blank-first') =>
  [...names].sort((a, b) => compareNamesByStrokes(a, b, rule));

// Counted by hand, stroke by stroke, in the standard simplified forms.
const HAND_COUNTED: Record<string, number> = {
  丁: 2, 马: 3, 于: 3, 万: 3, 王: 4, 邓: 4, 韦: 4, 方: 4, 尹: 4, 毛: 4, 孔: 4, 文: 4,
  冯: 5, 田: 5, 叶: 5, 卢: 5, 石: 5, 付: 5, 白: 5, 龙: 5, 史: 5,
  刘: 6, 朱: 6, 许: 6, 孙: 6, 吕: 6, 任: 6, 江: 6, 向: 6, 汤: 6, 闫: 6,
  李: 7, 张: 7, 陈: 7, 杨: 7, 吴: 7, 何: 7, 宋: 7, 肖: 7, 余: 7, 杜: 7, 苏: 7, 沈: 7, 陆: 7, 汪: 7, 严: 7, 邹: 7, 邱: 7, 邵: 7,
  周: 8, 林: 8, 罗: 8, 郑: 8, 范: 8, 金: 8, 孟: 8, 武: 8, 欧: 8,
  赵: 9, 胡: 9, 姚: 9, 姜: 9, 钟: 9, 段: 9, 侯: 9, 贺: 9, 郝: 9, 洪: 9,
  徐: 10, 郭: 10, 高: 10, 唐: 10, 袁: 10, 贾: 10, 夏: 10, 秦: 10, 陶: 10, 顾: 10, 钱: 10, 莫: 10,
  黄: 11, 梁: 11, 曹: 11, 崔: 11, 龚: 11, 常: 11,
  谢: 12, 韩: 12, 彭: 12, 曾: 12, 董: 12, 蒋: 12, 程: 12, 覃: 12,
  雷: 13, 蔡: 14, 谭: 14, 廖: 14, 熊: 14, 潘: 15, 黎: 15, 薛: 16, 魏: 17, 戴: 17,
};

describe('stroke data', () => {
  it(`matches hand counts for ${Object.keys(HAND_COUNTED).length} common surnames`, () => {
    const wrong = Object.entries(HAND_COUNTED).filter(([ch, count]) => characterStrokes(ch)?.count !== count);
    expect(wrong).toEqual([]);
  });

  it('classifies strokes 横竖撇点折 (提 as 横, 捺 as 点, bends and hooks as 折)', () => {
    expect(characterStrokes('王')!.sequence).toBe('1121');
    expect(characterStrokes('文')!.sequence).toBe('4134'); // 点 横 撇 捺
    expect(characterStrokes('田')!.sequence).toBe('25121'); // 竖 横折 横 竖 横
    expect(characterStrokes('洪')!.sequence.slice(0, 3)).toBe('441'); // 点 点 提
  });

  it('reports characters it has no data for instead of guessing', () => {
    expect(charactersWithoutStrokeData(['龚䶮', '张𠈌', '王伟'])).toEqual(['䶮', '𠈌']);
  });
});

describe('3.3 姓氏笔画, the handbook’s examples', () => {
  it('竖钩 counts as 竖: 李 (横竖撇点 横撇 竖钩 横) before 杨 (横竖撇点 横折折折钩 撇 撇)', () => {
    expect(characterStrokes('李')!.sequence).toBe('1234521');
    expect(byStrokes(['杨洁篪', '李克强'])).toEqual(['李克强', '杨洁篪']);
  });
  it('付 (撇竖横 竖钩 点) before 代 (撇竖横 斜钩 点)', () => expect(byStrokes(['代明', '付明'])).toEqual(['付明', '代明']));
  it('reproduces an official list 按姓氏笔画为序 (十九届中央政治局委员)', () => {
    const official = ['丁薛祥', '习近平', '王晨', '王沪宁', '刘鹤', '许其亮', '孙春兰', '李希', '李强', '李克强', '李鸿忠', '杨洁篪', '杨晓渡',
      '汪洋', '张又侠', '陈希', '陈全国', '陈敏尔', '赵乐际', '胡春华', '栗战书', '郭声琨', '黄坤明', '韩正', '蔡奇'];
    expect(byStrokes([...official].reverse())).toEqual(official);
  });
  it('fewer strokes first', () => expect(byStrokes(['黄萍峰', '马杰思', '丁一'])).toEqual(['丁一', '马杰思', '黄萍峰']));
  it('王 (4) before 文 (4): first strokes 横 vs 点', () => expect(byStrokes(['文强', '王强'])).toEqual(['王强', '文强']));
  it('林 before 欧: both 8, second strokes 竖 vs 撇', () => expect(byStrokes(['欧建', '林建'])).toEqual(['林建', '欧建']));
  it('compound surnames compare character by character: 欧阳少东 (欧 = 8) before 洪少东 (洪 = 9)', () => {
    expect(byStrokes(['洪少东', '欧阳少东'])).toEqual(['欧阳少东', '洪少东']);
  });
  it('singleGivenName blank-first (default): 田富 before 田大利', () => expect(byStrokes(['田大利', '田富'])).toEqual(['田富', '田大利']));
  it('singleGivenName compare: 田大利 before 田富', () => expect(byStrokes(['田富', '田大利'], 'compare')).toEqual(['田大利', '田富']));
  it('a character without data sorts after the known ones at its place; Latin names come last', () => {
    expect(byStrokes(['John Smith', '张𠈌', '张三'])).toEqual(['张三', '张𠈌', 'John Smith']);
  });
});

function person(name: string, rank: number | null, unit = '', rosterIndex = 0): Person {
  return makePerson({ id: name, name, unit, rank, category: '出席', rosterIndex });
}

describe('3.1 rank and its tie-breakers', () => {
  it('rank first; equal ranks by the unit list, then 姓氏笔画, then roster order; no rank last', () => {
    const people = [person('无名', null, '', 0), person('黄甲', 2, '区政府', 1), person('王乙', 2, '区政府', 2), person('李丙', 2, '区委', 3), person('首长', 1, '', 4)];
    const sorted = sortPeople(people, comparatorFor('rank', { unitOrder: ['区委', '区政府'], singleGivenName: 'blank-first' }));
    expect(sorted.map((p) => p.name)).toEqual(['首长', '李丙', '王乙', '黄甲', '无名']);
  });
});

describe('3.2 other orders', () => {
  const people = [person('曾强', 3, '区财政局', 0), person('单明', 1, '区教育局', 1), person('安平', 2, '区财政局', 2)];
  it('pinyin reads surnames as surnames: 安 ān, 单 shàn, 曾 zēng', () => {
    expect(sortPeople(people, comparatorFor('pinyin')).map((p) => p.name)).toEqual(['安平', '单明', '曾强']);
  });
  it('unit then rank: units in the order of their best-ranked member unless the user keeps a list', () => {
    expect(sortPeople(people, comparatorFor('unit', undefined, people)).map((p) => p.name)).toEqual(['单明', '安平', '曾强']);
    const listed = { unitOrder: ['区财政局'], singleGivenName: 'blank-first' as const };
    expect(sortPeople(people, comparatorFor('unit', listed, people)).map((p) => p.name)).toEqual(['安平', '曾强', '单明']);
    expect(unitSequence(people)).toEqual(['区教育局', '区财政局']);
  });
  it('roster order', () => expect(sortPeople(people, comparatorFor('roster')).map((p) => p.name)).toEqual(['曾强', '单明', '安平']));
});
