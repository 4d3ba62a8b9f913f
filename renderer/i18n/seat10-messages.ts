// Strings of hand seating on the canvas (moves, swaps, roster drops, counts), in both languages.

export const handSeatingZhCN = {
  lockOnDrop: '手动放置时锁定座位',
  lockOnDropHint: '勾选后，拖到座位上的人会被锁定，自动排座不再移动他们（本机设置）',
  unseated: (n: number) => `未排 ${n} 人`,
  emptySeats: (n: number) => `空座 ${n} 个`,
  showGaps: '标出空座和未排人员',
  hideGaps: '不再标出空座',
  unseatedTitle: '待排人员（拖到座位上即可安排）',
  nobodyUnseated: '人人都有座位',
  more: (n: number) => `还有 ${n} 人…`,
  seatLocked: (seat: string, name: string) => `${seat}已锁定（${name}），不能换座；请先解锁。`,
  seatDisabled: (seat: string) => `${seat}已停用，不能安排。`,
  notAttending: (names: string) => `${names}不参加本场，不能安排座位。`,
  notEnoughSeats: (needed: number, available: number) => `从这个座位往后只有 ${available} 个空座，放不下 ${needed} 人；请换个起点。`,
};

export type HandSeatingMessages = typeof handSeatingZhCN;

export const handSeatingEn: HandSeatingMessages = {
  lockOnDrop: 'Lock seats placed by hand',
  lockOnDropHint: 'When ticked, a person dropped on a seat is locked, and arranging leaves them there (this computer’s setting)',
  unseated: (n) => `${n} unseated`,
  emptySeats: (n) => `${n} empty ${n === 1 ? 'seat' : 'seats'}`,
  showGaps: 'Show empty seats and unseated people',
  hideGaps: 'Stop showing empty seats',
  unseatedTitle: 'Still to seat (drag a name onto a seat)',
  nobodyUnseated: 'Everyone has a seat',
  more: (n) => `${n} more…`,
  seatLocked: (seat, name) => `${seat} is locked (${name}): unlock it first to seat someone else there.`,
  seatDisabled: (seat) => `${seat} is out of use.`,
  notAttending: (names) => `${names} ${names.includes(',') ? 'do' : 'does'} not attend this session.`,
  notEnoughSeats: (needed, available) => `Only ${available} empty seats from this seat on, not enough for ${needed} people: start further forward.`,
};
