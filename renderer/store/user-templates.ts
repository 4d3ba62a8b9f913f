// The user's room templates (常用会场模板) as the pickers list them: read from the host's library
// once at start and again after each save or import. Not part of the document, never undoable.
import { create } from 'zustand';
import { loadRoomTemplate, type RoomTemplate } from '../../shared/model/room-template';
import { ROOM_TEMPLATES } from '../../shared/model/templates';
import { platform } from '../platform/platform';

export interface UserTemplate {
  fileName: string;
  template: RoomTemplate;
}

interface UserTemplates {
  templates: UserTemplate[];
}

export const useUserTemplates = create<UserTemplates>()(() => ({ templates: [] }));

/** Picker values: a built-in room by its name, a user's template as `user:<file name>`. */
export const USER_PREFIX = 'user:';

export async function refreshUserTemplates(): Promise<void> {
  const listed = await platform.listTemplates();
  if (!listed.ok) return; // no library (yet): the built-in rooms are still there
  const templates = listed.value.flatMap((stored) => {
    const loaded = loadRoomTemplate(stored.text);
    return loaded.ok ? [{ fileName: stored.fileName, template: loaded.value }] : [];
  });
  useUserTemplates.setState({ templates });
}

/** The room a picker value names, made fresh each time (callers give it new element ids). */
export function roomOfChoice(value: string): RoomTemplate | null {
  if (value.startsWith(USER_PREFIX)) {
    return useUserTemplates.getState().templates.find((t) => t.fileName === value.slice(USER_PREFIX.length))?.template ?? null;
  }
  return ROOM_TEMPLATES[value]?.() ?? null;
}
