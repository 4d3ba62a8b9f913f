// Rosters for benchmarks, generated deterministically in the fixtures' shape.
import { makePerson } from '../shared/model/person';
import type { Person } from '../shared/model/schema';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧阳';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国民';
const CATEGORIES = [...Array(80).fill('出席'), ...Array(12).fill('列席'), ...Array(4).fill('媒体'), ...Array(4).fill('工作人员')];

/** A deterministic roster in the fixture's shape: ranks, units of ~40, categories. */
export function generateRoster(count: number): Person[] {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (text: string) => [...text][Math.floor(random() * [...text].length)]!;
  return Array.from({ length: count }, (_, i) =>
    makePerson({
      id: `p${i + 1}`,
      name: pick(SURNAMES) + pick(GIVEN) + (random() < 0.6 ? pick(GIVEN) : ''),
      unit: `单位${Math.floor(random() * Math.max(1, count / 40))}`,
      rank: random() < 0.95 ? i + 1 : null,
      category: CATEGORIES[Math.floor(random() * CATEGORIES.length)]!,
      rosterIndex: i,
    }),
  );
}
