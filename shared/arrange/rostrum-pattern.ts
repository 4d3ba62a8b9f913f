// Rostrum row patterns (protocol 1.2–1.4): which seniority each seat of a row gets.
import type { RostrumRules } from '../model/schema';

/**
 * For a row of `seatCount` seats, the seniority (1 = most senior) of each seat in A-view order,
 * left to right. 7 seats, 左为上: [7, 5, 3, 1, 2, 4, 6].
 */
export function rostrumPattern(seatCount: number, rules: RostrumRules): number[] {
  const pattern = new Array<number>(seatCount).fill(0);
  if (seatCount <= 0) return pattern;
  const odd = seatCount % 2 === 1;
  // Standard 左为上 reading: No.1 in the centre (odd) or on the left centre seat (even, A-view);
  // No.2 on No.1's own left, i.e. the audience's right; then alternate outward.
  let right = odd ? (seatCount - 1) / 2 : seatCount / 2;
  let left = right - 1;
  let rank = 1;
  if (odd) pattern[right++] = rank++;
  else pattern[left--] = rank++;
  while (rank <= seatCount) {
    if (right < seatCount) pattern[right++] = rank++;
    if (rank <= seatCount && left >= 0) pattern[left--] = rank++;
  }
  // leader-right mirrors the even rule; 右为上 mirrors everything. Both together cancel out.
  const mirrorEven = !odd && rules.evenRule === 'leader-right';
  const mirror = (rules.convention === 'right') !== mirrorEven;
  return mirror ? pattern.reverse() : pattern;
}

/** Seat indexes (0-based, A-view) of a row in the order they are filled: most senior first. */
export function rostrumFillOrder(seatCount: number, rules: RostrumRules): number[] {
  const pattern = rostrumPattern(seatCount, rules);
  const order = new Array<number>(seatCount);
  pattern.forEach((seniority, index) => (order[seniority - 1] = index));
  return order;
}
