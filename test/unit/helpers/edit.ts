// One undoable edit through the store, for tests that only need "the document changed".
import { useZuoci } from '../../../renderer/store/store';

export function renameMeeting(title: string): void {
  useZuoci.getState().commit((project) => ({ ...project, meta: { ...project.meta, title } }));
}
