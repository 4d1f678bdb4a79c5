// Declares the bridge the Electron preload puts on window; absent in the browser build.
import type { DesktopApi } from '../../shared/ipc-contract';

declare global {
  interface Window {
    complaintsDesk?: DesktopApi;
  }
}

export {};
