// The canvas's pure maths: the viewport, hit-testing and culling in venue centimetres, the level
// of detail, and find by pinyin initials.
import { describe, expect, it } from 'vitest';
import { roomDrawing } from '../../shared/draw/room';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { makePerson } from '../../shared/model/person';
import { detailAt, LEGIBLE_PX, nameSizeCm, surnameOf } from '../../renderer/canvas/detail';
import { findPeople, pinyinInitials } from '../../renderer/canvas/find';
import { buildSeatIndex } from '../../renderer/canvas/seat-index';
import { centreOn, fitBox, toScreen, toVenue, visibleBox, zoomAt } from '../../renderer/canvas/viewport';

const hall = roomDrawing(ROOM_TEMPLATES['大礼堂']!().venue);

describe('viewport', () => {
  it('zooms about the pointer: the venue point under it stays under it', () => {
    const view = { scale: 0.4, x: 30, y: -12 };
    const pointer = { x: 512, y: 300 };
    const before = toVenue(view, pointer.x, pointer.y);
    const zoomed = zoomAt(view, 1.7, pointer);
    expect(zoomed.scale).toBeCloseTo(0.68);
    const after = toScreen(zoomed, before.x, before.y);
    expect(after.x).toBeCloseTo(pointer.x);
    expect(after.y).toBeCloseTo(pointer.y);
  });

  it('fits a room inside the screen, centred, and centres a point', () => {
    const view = fitBox({ x: 0, y: 0, width: 3000, height: 2400 }, 1000, 850);
    const seen = visibleBox(view, 1000, 850);
    expect(seen.x).toBeLessThanOrEqual(0);
    expect(seen.x + seen.width).toBeGreaterThanOrEqual(3000);
    expect(seen.y + seen.height).toBeGreaterThanOrEqual(2400);
    expect(seen.x + seen.width / 2).toBeCloseTo(1500);
    const centred = centreOn(view, 700, 900, 1000, 850, 1);
    expect(centred.scale).toBe(1);
    expect(toScreen(centred, 700, 900)).toEqual({ x: 500, y: 425 });
  });
});

describe('seat index', () => {
  const index = buildSeatIndex(hall.seats);

  it('finds the seat under a point, and none in an aisle', () => {
    for (const s of [hall.seats[0]!, hall.seats[100]!, hall.seats.at(-1)!]) {
      expect(hall.seats[index.seatAt(s.x + s.width / 2, s.y + s.height / 2)!]!.seat.id).toBe(s.seat.id);
    }
    const lastOfBlock = hall.seats.find((s) => s.seat.id === 'hall-1:1-8')!;
    expect(index.seatAt(lastOfBlock.x + lastOfBlock.width + 60, lastOfBlock.y + 10)).toBeUndefined();
  });

  it('gives exactly the seats a box touches, as a walk over all seats would', () => {
    const box = { x: 700, y: 700, width: 900, height: 400 };
    const brute = hall.seats.flatMap((s, i) => (s.x < box.x + box.width && box.x < s.x + s.width && s.y < box.y + box.height && box.y < s.y + s.height ? [i] : []));
    expect(brute.length).toBeGreaterThan(20);
    expect(index.seatsIn(box)).toEqual(brute);
  });
});

describe('level of detail', () => {
  it('shows full names only at 10 px or more, then surnames, numbers, and far out cells', () => {
    const [w, h] = [48, 40];
    const namesFrom = LEGIBLE_PX / nameSizeCm(3, w, h);
    expect(detailAt(w, h, namesFrom)).toBe('names');
    expect(detailAt(w, h, namesFrom * 0.99)).toBe('surnames');
    expect(detailAt(w, h, 0.4)).toBe('numbers');
    expect(detailAt(w, h, 0.2)).toBe('cells');
    expect(nameSizeCm(3, w, h) * namesFrom).toBeCloseTo(LEGIBLE_PX);
  });

  it('reads compound surnames whole', () => {
    expect(surnameOf('欧阳修')).toBe('欧阳');
    expect(surnameOf('王建国')).toBe('王');
  });
});

describe('find', () => {
  const people = [
    makePerson({ id: 'a', name: '王建国', unit: '区委', rosterIndex: 0 }),
    makePerson({ id: 'b', name: '吴军刚', unit: '区政府', rosterIndex: 1 }),
    makePerson({ id: 'c', name: '单雄', unit: '区发改委', rosterIndex: 2 }),
    makePerson({ id: 'd', name: '王建', unit: '区委', rosterIndex: 3 }),
  ];
  const seats: Record<string, string> = { b: 'hall-1:1-1', a: 'hall-1:1-2' };

  it('matches pinyin initials, names and units; exact initials first, unseated last', () => {
    expect(pinyinInitials('王建国')).toBe('wjg');
    expect(pinyinInitials('单雄')).toBe('sx'); // 单 as a surname is shàn
    expect(findPeople(people, 'wjg', (id) => seats[id]).map((p) => p.name)).toEqual(['王建国', '吴军刚']);
    expect(findPeople(people, 'wj', (id) => seats[id]).map((p) => p.name)).toEqual(['王建', '王建国', '吴军刚']); // 王建 is wj exactly
    expect(findPeople(people, '区委', (id) => seats[id]).map((p) => p.name)).toEqual(['王建国', '王建']);
    expect(findPeople(people, '  ', (id) => seats[id])).toEqual([]);
    // Full pinyin from the start, too: wang, wangjian; the whole spelling counts as exact.
    expect(findPeople(people, 'wangjian', (id) => seats[id]).map((p) => p.name)).toEqual(['王建', '王建国']);
    expect(findPeople(people, 'wangjianguo', (id) => seats[id]).map((p) => p.name)).toEqual(['王建国']);
    expect(findPeople(people, 'jianguo', (id) => seats[id])).toEqual([]);
  });
});
