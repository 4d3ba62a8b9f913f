// --help for the section 9 situations (合影, 乘车, 会见, 签字仪式), Chinese first then English.
import { EXIT_CODES } from './help-exit-codes';

export const PHOTO = `zuoci photo — 合影站位 / group photo positions

用法 Usage: zuoci photo --roster 名单.xlsx --rows 14,14 --out 站位图.pdf

  --roster 文件                  名单（同 arrange；可用 --group 只排一个分组）
  --rows 11,13,15                各排人数，第一排（就座）在先；不给时按人数自动分排
  --people 28                    合影人数：名单中排序最前的出席人员；不给时取座区为主席台的人，否则全部出席人员
  --explain                      csv 增加“说明”列
  --title 文字 --font 文件|字体名  标题、字体
  --session 名称 --group 第一组  会议文件的场次、分组
  --out 站位图.pdf|结果.csv      站位图：后排在上、第一排在下（摄影师视角），并逐排列出姓名（从左至右）
  --venue --rostrum --hall --aisles --numbering  不用（合影自带站位）
  -h, --help                     显示本帮助
每排按主席台规则排（左为上，1 号居中），排序最前的人在第一排中间。

  --roster FILE                  the roster (as for arrange; --group for one discussion group)
  --rows 11,13,15                people per row, the seated front row first; by default rows are made for the count
  --people 28                    how many: the highest-ranked 出席; by default the 主席台 people, else every 出席
  --explain                      add a 说明 column to the csv
  --title TEXT --font FILE|NAME  title and font
  --session NAME --group NAME    the session of a meeting file, a discussion group
  --out FILE.pdf|FILE.csv        the standing plan: back row at the top, front row nearest the camera, names row by row
  --venue --rostrum --hall --aisles --numbering  not used (a photo brings its own rows)
  -h, --help                     show this help
Each row is ordered like a rostrum row (left is senior, No.1 in the centre), the highest ranks front centre.

${EXIT_CODES}`;

export const CARS = `zuoci cars — 乘车安排 / car plan

用法 Usage: zuoci cars --roster 名单.xlsx --cars 3,3,6 --out 乘车安排表.pdf

  --roster 文件                  名单；按排序号依次上车（请假者除外）
  --cars 3,3,6                   各车乘客座位数（不含司机），依次为 1号车、2号车…；不给时每车 3 人
  --explain                      csv 增加“说明”列
  --title 文字 --font 文件|字体名  标题、字体
  --session 名称 --group 第一组  会议文件的场次、分组
  --out 乘车安排表.pdf|结果.csv   csv 列：车号,座位,姓名,单位,职务,排序号
  --venue --rostrum --hall --aisles --numbering  不用
  -h, --help                     显示本帮助
有司机驾车时，后排右座为上座，其次后排左座，再次副驾驶座；多排车从司机后一排起，右、左、中，副驾驶座最后。

  --roster FILE                  the roster; people board in rank order (absentees left out)
  --cars 3,3,6                   passenger places per vehicle (driver not counted): 1号车, 2号车…; default 3 each
  --explain                      add a 说明 column to the csv
  --title TEXT --font FILE|NAME  title and font
  --session NAME --group NAME    the session of a meeting file, a discussion group
  --out FILE.pdf|FILE.csv        csv columns: 车号,座位,姓名,单位,职务,排序号
  --venue --rostrum --hall --aisles --numbering  not used
  -h, --help                     show this help
With a driver the seat of honour is the rear right, then the rear left, then the front passenger seat.

${EXIT_CODES}`;

export const ceremony = (name: string, zh: string, en: string, ruleZh: string, ruleEn: string) => `zuoci ${name} — ${zh} / ${en}

用法 Usage: zuoci ${name} --roster 名单.xlsx --out 结果.csv

  --roster 文件                  名单：类别 主人、陪同 为主方，主宾、宾客 为客方
  --session 名称 --group 第一组  会议文件的场次、分组
  --out 结果.csv                 列：方,顺序,姓名,单位,职务,排序号,位置
  --venue --rostrum --hall --aisles --numbering  不用
  -h, --help                     显示本帮助
${ruleZh}

  --roster FILE                  the roster: 类别 主人/陪同 are the hosts, 主宾/宾客 the guests
  --session NAME --group NAME    the session of a meeting file, a discussion group
  --out FILE.csv                 columns 方,顺序,姓名,单位,职务,排序号,位置
  --venue --rostrum --hall --aisles --numbering  not used
  -h, --help                     show this help
${ruleEn}

${EXIT_CODES}`;
