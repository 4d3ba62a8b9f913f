// 底图: the traced floor plan's scale from two clicked points and a typed distance, the 8 MB limit,
// and a damaged picture dropped on load with a named problem while the meeting still opens.
import { describe, expect, it } from 'vitest';
import { backgroundTooLarge, fittedBackground, floorPlanType, parseDistance, scaledBackground, type Background } from '../../shared/model/background';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { loadRoomTemplate, serializeRoomTemplate } from '../../shared/model/room-template';
import { sampleMeeting } from '../../shared/model/sample';
import { ROOM_TEMPLATES } from '../../shared/model/templates';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('setting the scale', () => {
  const picture: Background = { image: PNG, x: 100, y: 50, cmPerPixel: 2, opacity: 0.4 };

  it('a 400 px picture is first fitted across a 30 m room', () => {
    expect(fittedBackground(PNG, 400, { width: 3000 })).toEqual({ image: PNG, x: 0, y: 0, cmPerPixel: 7.5, opacity: 0.4 });
  });

  it('two points 200 px apart on the picture, said to be 10 m apart, make 5 cm a pixel', () => {
    // Drawn at 2 cm/px, 200 px apart is 400 cm on the canvas.
    const scaled = scaledBackground(picture, { x: 300, y: 250 }, { x: 540, y: 570 }, 1000)!;
    expect(scaled.cmPerPixel).toBeCloseTo(5);
    // The first point is the same spot on the picture as before, and stays where it was in the room.
    const pixelBefore = { x: (300 - picture.x) / picture.cmPerPixel, y: (250 - picture.y) / picture.cmPerPixel };
    expect(scaled.x + pixelBefore.x * scaled.cmPerPixel).toBeCloseTo(300);
    expect(scaled.y + pixelBefore.y * scaled.cmPerPixel).toBeCloseTo(250);
    expect(scaled.opacity).toBe(0.4);
  });

  it('the same point twice or no distance sets no scale', () => {
    expect(scaledBackground(picture, { x: 1, y: 1 }, { x: 1, y: 1 }, 1000)).toBeNull();
    expect(scaledBackground(picture, { x: 1, y: 1 }, { x: 9, y: 1 }, 0)).toBeNull();
  });

  it('reads a distance in metres by default, or in centimetres when said', () => {
    expect(parseDistance('12.5')).toBe(1250);
    expect(parseDistance('12，5米')).toBe(1250);
    expect(parseDistance(' 8 m ')).toBe(800);
    expect(parseDistance('350 cm')).toBe(350);
    expect(parseDistance('350厘米')).toBe(350);
    for (const bad of ['', 'abc', '-3', '0', '3 km']) expect(parseDistance(bad), bad).toBeNull();
  });
});

describe('the 8 MB limit', () => {
  it('accepts 8 MB and refuses more, saying the size in both languages', () => {
    expect(backgroundTooLarge(8 * 1024 * 1024)).toBeNull();
    const refused = backgroundTooLarge(9.5 * 1024 * 1024)!;
    expect(refused.zh).toContain('9.5 MB');
    expect(refused.zh).toContain('8 MB');
    expect(refused.en).toContain('9.5 MB');
  });
});

describe('a floor plan in a file', () => {
  const meeting = sampleMeeting();
  const withPicture = (background: unknown) => {
    const session = meeting.sessions[0]!;
    return JSON.stringify({ ...JSON.parse(serializeMeeting(meeting)), sessions: [{ ...JSON.parse(JSON.stringify(session)), venue: { ...session.venue, background } }] });
  };

  it('round-trips through save and load', () => {
    const picture = { image: PNG, x: -20, y: 10, cmPerPixel: 3.25, opacity: 0.5 };
    const loaded = loadMeeting(withPicture(picture));
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && loaded.value.sessions[0]!.venue.background).toEqual(picture);
  });

  it('a damaged picture is dropped with a named problem; the room and its seats still open', () => {
    for (const broken of [{ image: 'javascript:alert(1)', x: 0, y: 0, cmPerPixel: 1, opacity: 0.4 }, { image: PNG, x: 0, y: 0, cmPerPixel: -1, opacity: 0.4 }, 'nonsense']) {
      const loaded = loadMeeting(withPicture(broken));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) continue;
      expect(loaded.value.sessions[0]!.venue.background).toBeUndefined();
      expect(loaded.value.sessions[0]!.venue.elements).toEqual(meeting.sessions[0]!.venue.elements);
      expect(loaded.warnings.map((w) => w.message).join('\n')).toMatch(/底图无法读取.*已移除/);
      expect(loaded.warnings.find((w) => w.field === 'background')?.en).toMatch(/floor plan picture could not be read/);
    }
  });

  it('a room template keeps its floor plan, and drops a damaged one the same way', () => {
    const room = ROOM_TEMPLATES['常务会议室']!();
    const picture = { image: PNG, x: 0, y: 0, cmPerPixel: 2, opacity: 0.3 };
    const kept = loadRoomTemplate(serializeRoomTemplate({ ...room, venue: { ...room.venue, background: picture } }));
    expect(kept.ok && kept.value.venue.background).toEqual(picture);
    const damaged = loadRoomTemplate(serializeRoomTemplate({ ...room, venue: { ...room.venue, background: { ...picture, opacity: 7 } } }));
    expect(damaged.ok && damaged.value.venue.background).toBeUndefined();
    expect(damaged.ok && damaged.warnings[0]?.field).toBe('background');
  });
});

describe('what a picked file is', () => {
  it('by its extension, any case', () => {
    expect(floorPlanType('平面图.PNG')).toBe('image/png');
    expect(floorPlanType('a.jpeg')).toBe('image/jpeg');
    expect(floorPlanType('a.jpg')).toBe('image/jpeg');
    expect(floorPlanType('a.pdf')).toBe('application/pdf');
    expect(floorPlanType('a.dwg')).toBeNull();
    expect(floorPlanType('png')).toBeNull();
  });
});
