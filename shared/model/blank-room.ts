// 空白会场: an empty room to draw from scratch (or over a traced floor plan) in the designer.
import type { RoomTemplate } from './room-template';

/** 30 × 20 m, the size of a mid-sized meeting hall; the designer's palette places elements in its middle. */
export function blankRoom(): RoomTemplate {
  return { name: '空白会场', venue: { name: '空白会场', width: 3000, depth: 2000, elements: [], seatOverrides: {} }, rules: {} };
}
