// Protocol 1.2–1.4: the seniority pattern of one rostrum row, written in A-view left to right.
import { describe, expect, it } from 'vitest';
import { rostrumPattern } from '../../shared/arrange/rostrum-pattern';
import type { RostrumRules } from '../../shared/model/schema';

const leftSenior: RostrumRules = { convention: 'left', evenRule: 'centre-pair' };
const pattern = (seats: number, rules: Partial<RostrumRules> = {}) => rostrumPattern(seats, { ...leftSenior, ...rules }).join(' ');

describe('1.2 odd number of seats: No.1 in the centre, No.2 on his left (the audience’s right)', () => {
  it.each([
    [1, '1'],
    [3, '3 1 2'],
    [5, '5 3 1 2 4'],
    [7, '7 5 3 1 2 4 6'],
    [9, '9 7 5 3 1 2 4 6 8'],
    [11, '11 9 7 5 3 1 2 4 6 8 10'],
  ])('%i seats: %s', (seats, expected) => expect(pattern(seats)).toBe(expected));
});

describe('1.3 even number of seats, default centre-pair: No.1 on the left centre seat in A-view', () => {
  it.each([
    [2, '1 2'],
    [4, '3 1 2 4'],
    [6, '5 3 1 2 4 6'],
    [8, '7 5 3 1 2 4 6 8'],
    [10, '9 7 5 3 1 2 4 6 8 10'],
    [12, '11 9 7 5 3 1 2 4 6 8 10 12'],
  ])('%i seats: %s', (seats, expected) => expect(pattern(seats)).toBe(expected));

  it('evenRule leader-right gives the other reading: 6 seats 6 4 2 1 3 5', () => {
    expect(pattern(6, { evenRule: 'leader-right' })).toBe('6 4 2 1 3 5');
  });
});

describe('1.4 右为上 mirrors 1.2–1.3', () => {
  it('5 seats: 4 2 1 3 5', () => expect(pattern(5, { convention: 'right' })).toBe('4 2 1 3 5'));
  it('6 seats: 6 4 2 1 3 5', () => expect(pattern(6, { convention: 'right' })).toBe('6 4 2 1 3 5'));
  it('is the exact mirror for every count from 1 to 12', () => {
    for (let seats = 1; seats <= 12; seats++) {
      expect(rostrumPattern(seats, { ...leftSenior, convention: 'right' })).toEqual(rostrumPattern(seats, leftSenior).reverse());
    }
  });
});

describe('every row from 1 to 12 seats', () => {
  for (let seats = 1; seats <= 12; seats++) {
    it(`${seats} seats: each seniority once, No.1 at the centre, alternating outward`, () => {
      const row = rostrumPattern(seats, leftSenior);
      expect([...row].sort((a, b) => a - b)).toEqual(Array.from({ length: seats }, (_, i) => i + 1));
      const centre = Math.ceil(seats / 2) - 1; // the centre seat, or the left one of the centre pair
      expect(row[centre]).toBe(1);
      // Moving outward, seniority grows by 2 on each side: the sides alternate.
      for (let i = centre; i > 0; i--) expect(row[i - 1]! - row[i]!).toBe(2);
      for (let i = centre + 1; i < seats - 1; i++) expect(row[i + 1]! - row[i]!).toBe(2);
    });
  }
});
