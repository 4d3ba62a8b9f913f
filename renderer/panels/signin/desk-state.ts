// Whether the sign-in desk (签到) fills the window. UI state: never part of the document or undo.
import { create } from 'zustand';

interface SignInDeskState {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const useSignInDesk = create<SignInDeskState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
