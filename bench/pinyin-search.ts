// bench/pinyin-search: finding people by pinyin in a 10,000-person roster, as the roster search,
// the canvas find box and the sign-in desk do (shared/names/name-pinyin.ts). The first search reads
// every name's pinyin once (the roster warms this while idle); later keystrokes compare strings.
// Baseline of the same run: a plain substring scan of the names (what a Chinese query costs).
// Run: npx tsx bench/pinyin-search.ts
import { matchesPinyin, namePinyin } from '../shared/names/name-pinyin';
import { medianMs } from './timing';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文辉玲春梅兰云飞鹏斌宇浩凯波';
const names = Array.from({ length: 10_000 }, (_, i) => `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}${i % 3 ? GIVEN[(i * 13) % GIVEN.length] : ''}${i >= 5000 ? String.fromCharCode(0x4e00 + i) : ''}`);

const start = performance.now();
for (const name of names) namePinyin(name);
const cold = performance.now() - start;
const count = (q: string) => names.filter((name) => matchesPinyin(name, q)).length;
console.log(`10,000 names: first reading of all pinyin ${cold.toFixed(0)} ms (once per roster, warmed while idle)`);
for (const q of ['l', 'liu', 'liujie', 'ljb', 'zeng']) console.log(`  "${q}": ${medianMs(() => count(q)).toFixed(2)} ms per keystroke, ${count(q)} matches`);
console.log(`  baseline, substring scan for 刘: ${medianMs(() => names.filter((n) => n.includes('刘')).length).toFixed(2)} ms`);
