// 经办人: the staff member's name, a setting of this computer's app (not of the document), kept
// in local storage like a browser keeps a form's name. The change log signs every entry with it.
import { create } from 'zustand';

const KEY = 'zuoci.staffName';

function stored(): string {
  try {
    return globalThis.localStorage?.getItem(KEY) ?? '';
  } catch {
    return ''; // storage refused (private mode): the name lasts until the window closes
  }
}

interface StaffNameState {
  name: string;
  setName: (name: string) => void;
}

export const useStaffName = create<StaffNameState>()((set) => ({
  name: stored(),
  setName: (raw) => {
    const name = raw.trim().slice(0, 100);
    try {
      globalThis.localStorage?.setItem(KEY, name);
    } catch {
      // kept in memory only
    }
    set({ name });
  },
}));

export const staffName = (): string => useStaffName.getState().name;
