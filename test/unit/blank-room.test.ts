// 空白会场: the gallery's blank room starts a meeting with no elements, which saves and opens cleanly
// and can be kept as a template like any room.
import { describe, expect, it } from 'vitest';
import { blankRoom } from '../../shared/model/blank-room';
import { loadMeeting, serializeMeeting } from '../../shared/model/load';
import { loadRoomTemplate, serializeRoomTemplate, sessionKindForRoom } from '../../shared/model/room-template';
import { newMeeting } from '../../shared/model/sample';

describe('the blank room', () => {
  it('is a 30 × 20 m room with nothing in it, for a plenary until tables are drawn', () => {
    const room = blankRoom();
    expect(room.venue).toMatchObject({ width: 3000, depth: 2000, elements: [] });
    expect(sessionKindForRoom(room.venue)).toBe('plenary');
  });

  it('a new meeting in it saves and opens again without a note', () => {
    const meeting = newMeeting(blankRoom(), '');
    const loaded = loadMeeting(serializeMeeting(meeting));
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && loaded.value.sessions[0]!.venue.elements).toEqual([]);
  });

  it('round-trips as a template', () => {
    const loaded = loadRoomTemplate(serializeRoomTemplate(blankRoom()));
    expect(loaded.ok && loaded.warnings).toEqual([]);
    expect(loaded.ok && loaded.value.venue.name).toBe('空白会场');
  });
});
