import type { Platform } from '../../shared/platform';
import { webPlatform } from './web';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    zuoci?: Platform;
  }
}

export const platform: Platform = window.zuoci ?? webPlatform;
