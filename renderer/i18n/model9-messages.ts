// Strings of the room designer's newer element kinds and the per-seat settings panel, in both
// languages (plugged into zh-CN.ts / en.ts as `designerKinds`).

export const designerKindsZhCN = {
  palette: {
    'hall-fan': '扇形台下座区', risers: '合影站台', 'table-oval': '椭圆桌', sofas: '会见沙发',
    'chair-desk': '主持台', banner: '会标', window: '窗', pillar: '柱子', 'stage-edge': '台口线', text: '文字标注',
    wall: '墙', outline: '会场轮廓（墙）',
  } as Record<string, string>,
  shapes: { oval: '椭圆', sofa: '会见沙发' } as Record<string, string>,
  purpose: '用途',
  purposes: { meeting: '会议', talks: '会谈', banquet: '宴会', reception: '会见' } as Record<string, string>,
  objectType: '类型',
  objectTypes: {
    'speaker-desk': '发言席', 'chair-desk': '主持台', screen: '屏幕', door: '门', window: '窗', pillar: '柱子',
    'stage-edge': '台口线', banner: '会标', text: '文字标注',
  } as Record<string, string>,
  rowSeats: '逐排座数（前排在先，逗号分隔；空为每排相同）',
  stagger: '错位排（隔排错开半座）',
  firstRow: '起始排号',
  firstSeat: '起始座号',
  risers: '合影站台（前排就座，后排站立）',
  points: '各点坐标 (m，如 0 0, 6 0, 6 4)',
  pointsInvalid: '请按“x y, x y”填写至少两个点（单位米）。',
  closed: '闭合（会场轮廓）',
  thickness: '墙厚 (cm)',
  bannerText: '会标文字',
  seats: {
    title: '座位设置',
    disabled: '停用（损坏或撤除）',
    label: '座位号',
    labelHint: '留空为原座号',
    reserved: '预留给',
    notReserved: '不预留',
    mixed: '（不一）',
    count: (n: number) => `已选 ${n} 个座位`,
  },
};

export const designerKindsEn: typeof designerKindsZhCN = {
  palette: {
    'hall-fan': 'Fan-shaped hall block', risers: 'Photo risers', 'table-oval': 'Oval table', sofas: 'Reception sofas',
    'chair-desk': 'Chair’s desk', banner: 'Banner', window: 'Window', pillar: 'Pillar', 'stage-edge': 'Stage edge', text: 'Text label',
    wall: 'Wall', outline: 'Room outline (walls)',
  },
  shapes: { oval: 'Oval', sofa: 'Reception sofas' },
  purpose: 'Purpose',
  purposes: { meeting: 'Meeting', talks: 'Talks', banquet: 'Banquet', reception: 'Reception' },
  objectType: 'Type',
  objectTypes: {
    'speaker-desk': 'Lectern', 'chair-desk': 'Chair’s desk', screen: 'Screen', door: 'Door', window: 'Window', pillar: 'Pillar',
    'stage-edge': 'Stage edge', banner: 'Banner', text: 'Text label',
  },
  rowSeats: 'Seats in each row (front first, commas; empty: all rows alike)',
  stagger: 'Staggered rows (every second row half a seat over)',
  firstRow: 'First row number',
  firstSeat: 'First seat number',
  risers: 'Photo risers (front row seated, the rest standing)',
  points: 'Points (m, e.g. 0 0, 6 0, 6 4)',
  pointsInvalid: 'Type at least two points as “x y, x y” (in metres).',
  closed: 'Closed (room outline)',
  thickness: 'Wall thickness (cm)',
  bannerText: 'Banner text',
  seats: {
    title: 'Seat settings',
    disabled: 'Disabled (broken or removed)',
    label: 'Seat number',
    labelHint: 'empty: its own number',
    reserved: 'Reserved for',
    notReserved: 'Not reserved',
    mixed: '(mixed)',
    count: (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'} selected`,
  },
};
