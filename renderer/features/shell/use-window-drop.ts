// Files dropped anywhere on the app window that no screen took, or opened with the desktop app, (an email dragged out of Outlook onto the top bar,
// say) go to New complaint; without this the browser would open the file in place of the app.
import { useEffect } from 'react';
import { watchOpenedFiles } from '../../host/opened-files';
import { handOverFiles } from '../../ui/incoming-files';

export function useWindowDrop(enabled: boolean, openNewComplaint: () => void): void {
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      if (e.defaultPrevented || !e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      const files = [...e.dataTransfer.files];
      if (!enabled || files.length === 0) return;
      handOverFiles(files);
      openNewComplaint();
    };
    // The desktop app's "Open with": the same way in, once the user may record complaints.
    if (enabled) {
      watchOpenedFiles((files) => {
        handOverFiles(files);
        openNewComplaint();
      });
    }
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [enabled, openNewComplaint]);
}
