// --help texts, Chinese first then English (cli.md).
import { EXIT_CODES } from './help-exit-codes';
import { CARS, PHOTO, ceremony } from './help-situations';
const COMMON_ZH = `  --roster 文件        名单（.xlsx 或 .csv，UTF-8/GBK 均可），列：姓名、单位、职务、排序号、类别、座区…；
                       可选列：状态（出席/请假/代会）、代会（代谁出席，填姓名）、角色（主持人/汇报人/发言人/召集人）、
                       议题（如 1,3）、分组（如 第一组）
  --venue 文件|模板    会场文件（.zuoci）或内置模板：大礼堂、常务会议室、U形会议室、宴会厅、报告厅；
                       不给时用下面三个参数快速建一个会场
  --rostrum 14,14      主席台各排座位数，前排在先
  --hall 20x30         台下 20 排、每排 30 座，第 1 排在最前
  --aisles 8,22        台下每排第 8、第 22 座之后各有一条过道
  --numbering sequential|centre-out  台下座号：从左到右（默认）或单双号（…4 2 1 3 5…，单号在右）
  --session 名称       会议文件中有多个场次时选其一（默认第一个）
  --group 第一组       分组讨论：只排名单“分组”列为此组的人，召集人按主持人就座
  --out 文件           输出文件
  -h, --help           显示本帮助`;

const COMMON_EN = `  --roster FILE        roster (.xlsx or .csv, UTF-8 or GBK): 姓名, 单位, 职务, 排序号, 类别, 座区…; optional
                       columns 状态 (出席/请假/代会: present, absent, substitute), 代会 (the name of the person a
                       substitute replaces), 角色 (主持人 chair/汇报人 reporter/发言人 speaker/召集人 convener),
                       议题 (agenda items, e.g. 1,3), 分组 (discussion group, e.g. 第一组)
  --venue FILE|NAME    a .zuoci document or a built-in room: 大礼堂, 常务会议室, U形会议室, 宴会厅, 报告厅;
                       without it, build a room from the three options below
  --rostrum 14,14      seats per rostrum row, front row first
  --hall 20x30         a hall of 20 rows of 30 seats, row 1 at the front
  --aisles 8,22        an aisle after the 8th and 22nd seat of every hall row
  --numbering sequential|centre-out  hall seat numbers: left to right (default) or odd/even (odd on the right)
  --session NAME       which session of a meeting file with several (default the first)
  --group NAME         a discussion group: only the roster's people of that 分组, its 召集人 seated as the chair
  --out FILE           output file
  -h, --help           show this help`;


export const HELP: Record<string, string> = {
  attendance: `zuoci attendance — 到会情况 / attendance report (PDF)

用法 Usage: zuoci attendance --venue 会议.zuoci --out 到会情况.pdf [--session 名称]

  --venue 文件.zuoci   会议文件（签到台的签到记录保存在其中）
  --session 名称       会议文件中有多个场次时选其一（默认第一个）
  --out 文件.pdf       到会情况：应到、实到、请假、未到人数（合计、按类别、按单位），请假和未到人员名单
  -h, --help           显示本帮助

  --venue FILE.zuoci   the meeting file (the sign-in desk keeps its check-ins in it)
  --session NAME       which session of a meeting file with several (default the first)
  --out FILE.pdf       the report: expected, present, on leave and not yet here (in total, by category, by
                       unit), and the names of those on leave and not yet here
  -h, --help           show this help

${EXIT_CODES}`,
  photo: PHOTO,
  cars: CARS,
  reception: ceremony('reception', '会见座次', 'seating for a reception',
    '主人与主宾并排面向正门，主宾在主人右侧；其余人员按排序沿两侧墙就座，离主位近者为先。',
    'The host and the chief guest side by side facing the door, the guest on the host’s right; the rest along the walls by rank, nearest first.'),
  signing: ceremony('signing', '签字仪式站位', 'places at a signing ceremony',
    '签字桌面向正门，客方签字人在右、主方在左（就座者视角）；其余人员按排序站在本方签字人身后，从中间向两边。',
    'The signing table faces the door; the guest signatory on the right, the host on the left (as they sit); the others stand behind their signatory by rank, centre-out.'),
  main: `座次 Zuoci — 会议座次编排、座签与座次图 / seating plans, name cards and seat maps

用法 Usage: zuoci <命令 command> [选项 options]

命令 Commands:
  arrange   按礼宾规则自动排座，输出座次表 / arrange seats by protocol, write the seating list
  cards     打印座签 PDF / print tent name cards as PDF
  order     按排序号、姓氏笔画、拼音等给名单排序 / sort a roster by rank, strokes, pinyin…
  map       座次图 PDF / the seat map as PDF
  list      座次表（按姓氏笔画）、签到表、座次证 PDF / seat index, sign-in sheets, seat tickets
  photo     合影站位，站位图 PDF 或 csv / group photo positions, the standing plan as PDF or csv
  cars      乘车安排，乘车安排表 PDF 或 csv / who rides in which car, the car plan as PDF or csv
  reception 会见座次 csv / seating for a reception (会见), as csv
  signing   签字仪式站位 csv / places at a signing ceremony, as csv
  export    座次名单、座次图、座次表、签到表导出为 Excel（.xlsx）/ seating list, seat map, index, sign-in as Excel
  attendance 到会情况 PDF（应到、实到、请假、未到）/ the attendance report from the sign-in desk's check-ins

每个命令都有 --help。/ Every command has --help.
${EXIT_CODES}`,

  arrange: `zuoci arrange — 自动排座 / arrange seats

用法 Usage: zuoci arrange --roster 名单.xlsx --rostrum 14,14 --hall 20x30 --aisles 8,22 --out 结果.csv

${COMMON_ZH}
  --convention left|right          左为上（党政，默认）或右为上（涉外、商务）
  --even centre-pair|leader-right  双数座位：1、2 号同时居中，1 号在台下看的左侧（默认）；或另一种读法
  --hall-method rows|columns|centre 台下：横排法（默认）、竖排法（按单位分列）、左右排列法（每排从中间向两边）
  --direction a-left|r-left        横排法方向：台下看从左到右（默认）或从右到左
  --snake                          蛇形：隔排反向
  --group-by-unit                  按单位集中就座；单位放得下时不跨过道
  --unit-placement left-to-right|centre-out  竖排法单位从左到右（默认）或从中间向两边
  --attendees-at-sides             列席坐两侧区块（默认坐出席人员之后）
  --absentees leave-empty|move-up  请假：座位空着或后面的人依次递补（默认：主席台递补，台下和会议桌空着）
  --substitutes-take-seats         代会人员坐请假领导的主席台座位（领导已同意；默认坐台下前排）
  --chair-seat by-rank|front-centre|front-end  主持人：按排序就座（默认）、前排居中坐 1 号位、前排一端
  --speakers-waiting               发言人按发言顺序坐台下第一排靠发言席一端候场
  --banquet-pattern standard|foreign  宴会主宾：常规（默认）或外事（第二主宾在副主陪右手）
  --fit-rostrum                    按人数调整主席台座位：撤掉多余座位，每排按本排人数居中排
  --order rank|strokes|pinyin|unit|roster  排序：排序号（默认）、姓氏笔画、拼音、单位、名单顺序
  --explain                        增加“说明”列，逐人说明为何坐这里
  --unit-order 区委,区政府,…|文件.txt  单位顺序（逗号分隔，或每行一个单位的文件；排序号相同时、按单位排序和就座时用）
  --single-given-name blank-first|compare  姓氏笔画中单名：空位在前（默认）或逐字比较
  --out 结果.csv|.json|.zuoci       csv 为带 BOM 的 UTF-8，列：区域,排,列,座,姓名,单位,职务,排序号
                                    （排从前往后数，列从台下看的左边数起，不计过道）

${COMMON_EN}
  --convention left|right          left is senior (government, default) or right is senior (foreign, business)
  --even centre-pair|leader-right  reading of the even-count rule (protocol 1.3)
  --hall-method rows|columns|centre hall method: rows (default), columns by unit, centre-out per row
  --direction a-left|r-left        rows method: left to right as seen from the hall (default), or reversed
  --snake                          reverse every other row
  --group-by-unit                  seat each unit together, not split across an aisle when it fits
  --unit-placement left-to-right|centre-out  columns method: unit strips from the left, or centre-out
  --attendees-at-sides             列席 in the side blocks instead of behind 出席
  --absentees leave-empty|move-up  an absent person's seat stays empty, or the rest move up (default: the
                                   rostrum moves up, the hall and tables leave the seat empty)
  --substitutes-take-seats         a substitute takes the absent leader's rostrum seat (leaders agreed;
                                   by default they sit at the front of the hall)
  --chair-seat by-rank|front-centre|front-end  the chair: by rank (default), No.1's seat, or an end of the front row
  --speakers-waiting               speakers wait in the hall's front row, speaker's desk side, in speaking order
  --banquet-pattern standard|foreign  banquet guests: standard (default) or diplomatic (guest 2 on the deputy host's right)
  --fit-rostrum                    take surplus rostrum chairs away: each row centred for its own count
  --order rank|strokes|pinyin|unit|roster  ordering key (default rank)
  --explain                        add a 说明 column explaining each placement
  --unit-order A,B,…|FILE.txt      the unit list, senior first, or a file with one unit a line (rank ties, unit blocks)
  --single-given-name blank-first|compare  strokes: a one-character given name sorts first (default) or compares
  --out FILE.csv|.json|.zuoci       csv: UTF-8 with BOM, columns 区域,排,列,座,姓名,单位,职务,排序号
                                    (排 from the front, 列 from the left seen from the hall, aisles not counted)

主席台人选：名单有“座区”列时取“主席台”的人，否则取“出席”中排序最前的人，人数等于主席台座位数；其余人坐台下。
Who sits on the rostrum: the 座区 column when present, else the highest-ranked 出席 people; everyone else in the hall.

${EXIT_CODES}`,

  order: `zuoci order — 名单排序 / sort a roster

用法 Usage: zuoci order --roster 名单.xlsx --order strokes --out 排序后.csv

  --roster 文件                      名单（.xlsx 或 .csv）
  --order rank|strokes|pinyin|unit|roster  排序号（默认）、姓氏笔画、拼音、单位、名单顺序
  --single-given-name blank-first|compare   姓氏笔画中单名的处理：空位在前（默认，田富在田大利前）或逐字比较
  --out 文件.csv                     输出原有各列，序号重新编排
  -h, --help                         显示本帮助

  --roster FILE                      roster (.xlsx or .csv)
  --order rank|strokes|pinyin|unit|roster  ordering key (default rank)
  --single-given-name blank-first|compare   strokes: a one-character given name sorts first (default) or compares
  --out FILE.csv                     the roster's own columns, 序号 renumbered
  -h, --help                         show this help

${EXIT_CODES}`,

  cards: `zuoci cards — 打印座签 / print name cards

用法 Usage: zuoci cards --roster 名单.xlsx --rostrum 7 --out 座签.pdf
       zuoci cards --venue 会议.zuoci --changed-only --out 补印.pdf

${COMMON_ZH}
  --zones rostrum|all            主席台和会议桌（默认）或所有已排座位
  --format a4-fold2|a4-fold3|insert-200x100|宽x高
                                 A4 对折（默认）、A4 三折（含底座）、200×100 毫米插卡（每张 A4 两张）、自定义牌面（毫米）
  --second-line none|title|unit  第二行：无（默认）、职务、单位
  --english                      加一行拼音（外宾）
  --widen-two-char on|off        两字姓名加宽到三字宽（默认 on）
  --vertical                     竖排（窄座签）
  --no-marks                     不印折线和裁切线
  --font 文件|字体名             字体文件（.ttf/.otf，.ttc 可用“文件#PostScript名”）或本机已装字体的名称；默认内置思源黑体
  --fallback-font 文件|none      缺字时用的字体；默认内置 Source Han Sans（含扩展区汉字）
  --changed-only                 只印上次打印后有变动的座签（需 .zuoci 文件）

${COMMON_EN}
  --zones rostrum|all            rostrum and tables (default) or every seated person
  --format a4-fold2|a4-fold3|insert-200x100|WxH
                                 A4 folded in two (default) or three, 200×100 mm inserts (two per A4), custom face in mm
  --second-line none|title|unit  second line: none (default), title or unit
  --english                      add a pinyin line (foreign guests)
  --widen-two-char on|off        widen two-character names to three-character width (default on)
  --vertical                     names in a column, for narrow cards
  --no-marks                     no fold or cut marks
  --font FILE|NAME               a font file (.ttf/.otf; FILE.ttc#PostScriptName for a collection) or an installed font's name
  --fallback-font FILE|none      font for characters the main one lacks (default: bundled Source Han Sans)
  --changed-only                 only the cards that changed since the last print (needs a .zuoci file)

${EXIT_CODES}`,

  map: `zuoci map — 座次图 / seat map

用法 Usage: zuoci map --venue 会议.zuoci --paper A3 --out 座次图.pdf

${COMMON_ZH}
  --paper A3|A4                  纸张（默认 A3）
  --landscape / --portrait       横向（默认）或纵向
  --view a|r                     台下视角、主席台在上（默认）或主席台视角
  --row-labels arabic|chinese    第1排（默认）或第一排
  --title 文字 --date 文字 --place 文字   会议名称、时间、地点
  --approved-by 姓名 [--approved-at 日期]  已审定：去掉“送审稿”水印，填写审定栏
  --font 文件|字体名             字体文件或本机已装字体的名称

${COMMON_EN}
  --paper A3|A4, --landscape/--portrait, --view a|r (from the hall, default; or from the rostrum),
  --row-labels arabic|chinese, --title/--date/--place TEXT, --approved-by NAME [--approved-at DATE]
  (approved: no 送审稿 watermark, the approval block filled in), --font FILE|NAME (a font file or an installed font's name)

${EXIT_CODES}`,

  list: `zuoci list — 座次表、签到表、座次证 / seat index, sign-in sheets, tickets

用法 Usage: zuoci list --venue 会议.zuoci --kind index --out 座次表.pdf

${COMMON_ZH}
  --kind index|sign-in|tickets   按姓氏笔画排序的座次表（默认）、按单位的签到表、座次证（每张 A4 八张）
  --title 文字 --date 文字 --place 文字   会议名称、时间、地点
  --font 文件|字体名             字体文件或本机已装字体的名称

${COMMON_EN}
  --kind index|sign-in|tickets   seat index by surname strokes (default), sign-in sheet per unit, seat tickets (8 per A4)
  --title TEXT --date TEXT --place TEXT   the meeting's name, date and place
  --font FILE|NAME               a font file or an installed font's name

${EXIT_CODES}`,

  export: `zuoci export — 导出 Excel / export to Excel (.xlsx)

用法 Usage: zuoci export --venue 会议.zuoci --out 座次.xlsx [--session 名称]

${COMMON_ZH}
  --sheets list,map,index,sign-in  要导出的工作表（默认全部）：座次名单（名单及区域、排、座）、座次图（每座一格，
                                 主席台在上、台下视角，各区块加框）、座次表（按姓氏笔画）、签到表（按单位）
  --title 文字                   会议名称（表头）
  --out 文件.xlsx                以 = + - @ 开头的姓名等按文本写入，不会成为公式

${COMMON_EN}
  --sheets list,map,index,sign-in  which sheets (default all): the seating list (roster with zone, row, seat), the
                                 seat map as a grid (a cell per seat, rostrum on top, seen from the hall, blocks
                                 bordered), the seat index by surname strokes, the sign-in sheet by unit
  --title TEXT                   the meeting's name for the headings
  --out FILE.xlsx                text starting with = + - @ is written as text, never as a formula

${EXIT_CODES}`,
};
