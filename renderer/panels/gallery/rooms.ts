// The rooms a new meeting can start from: the picker's values plus the blank room.
import { blankRoom } from '../../../shared/model/blank-room';
import type { RoomTemplate } from '../../../shared/model/room-template';
import { roomOfChoice } from '../../store/user-templates';

/** The blank room's picker value (no built-in room or user file can be called this). */
export const BLANK_ROOM = 'blank:';

export const roomToStartFrom = (value: string): RoomTemplate | null => (value === BLANK_ROOM ? blankRoom() : roomOfChoice(value));
