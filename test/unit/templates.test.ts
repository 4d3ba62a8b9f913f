// Built-in rooms: every seat and object lies inside the room's walls.
import { describe, expect, it } from 'vitest';
import { deriveSeats } from '../../shared/layout/seats';
import { ROOM_TEMPLATES } from '../../shared/model/templates';

describe('room templates', () => {
  it.each(Object.keys(ROOM_TEMPLATES))('%s fits inside its walls', (name) => {
    const { venue } = ROOM_TEMPLATES[name]!();
    for (const seat of deriveSeats(venue)) {
      expect(seat.x).toBeGreaterThan(0);
      expect(seat.x).toBeLessThan(venue.width);
      expect(seat.y).toBeGreaterThan(0);
      expect(seat.y).toBeLessThan(venue.depth);
    }
    for (const e of venue.elements) if (e.kind === 'object') expect(e.y + e.depth).toBeLessThanOrEqual(venue.depth);
  });

  it('大礼堂: two rostrum rows of 14 and a hall of 20 rows of 8 | 14 | 8', () => {
    const seats = deriveSeats(ROOM_TEMPLATES['大礼堂']!().venue);
    expect(seats.filter((s) => s.zone === 'rostrum')).toHaveLength(28);
    expect(seats.filter((s) => s.zone === 'hall')).toHaveLength(600);
  });
});
