// Emails opened with the desktop app ("Open with", a double-click): taken from main, checked, handed on as Files.
import { z } from 'zod';
import { openedFile } from '../../shared/ipc-contract';

let watching = false;

/** Calls `onFiles` with each batch of opened emails, now and whenever another is opened; nothing in a browser. */
export function watchOpenedFiles(onFiles: (files: File[]) => void): void {
  const bridge = window.complaintsDesk;
  if (!bridge || watching) return;
  watching = true;
  const take = async () => {
    const parsed = z.array(openedFile).safeParse(await bridge.takeOpenedFiles());
    if (!parsed.success || parsed.data.length === 0) return;
    onFiles(parsed.data.map((f) => new File([f.bytes as Uint8Array<ArrayBuffer>], f.name, { type: /\.msg$/i.test(f.name) ? 'application/vnd.ms-outlook' : 'message/rfc822' })));
  };
  bridge.onFileOpened(() => void take());
  void take();
}
