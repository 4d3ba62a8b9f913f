// 签到: the sign-in desk fills the window (Escape leaves). Opening it changes only the view.
import { useSignInDesk } from '../panels/signin/desk-state';
import type { Action } from './action';

export const signInDeskAction: Action = {
  name: 'signInDesk',
  label: (m) => m.desk.signInDesk,
  perform: () => useSignInDesk.getState().setOpen(true),
};
