// The app's host, made once from the real window (window.complaintsDesk is declared in desktop-api.d.ts).
import { createHost, type Host } from './desktop-host';

export const host: Host = createHost(window.complaintsDesk, {
  document,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  later: (run, milliseconds) => void window.setTimeout(run, milliseconds),
});
