// Desktop notifications: Electron's (through the preload) in the desktop app, the browser's Notification API in
// the web build, whose permission is asked once per browser. Clicking one opens its case.
export interface DeskNotice {
  /** The same notice is never shown twice: the browser replaces one with the same tag. */
  key: string;
  title: string;
  body: string;
  caseId: string;
}

const ASKED = 'complaints-desk:notifications-asked';
let openCase: (caseId: string) => void = () => undefined;
let listening = false;

/** Where a clicked notification takes the user (the screen that shows them sets it). */
export function onNoticeOpened(open: (caseId: string) => void): void {
  openCase = open;
}

async function browserPermission(): Promise<boolean> {
  if (typeof Notification === 'undefined') return false;
  if (Notification.permission === 'default' && localStorage.getItem(ASKED) === null) {
    localStorage.setItem(ASKED, new Date().toISOString());
    await Notification.requestPermission();
  }
  return Notification.permission === 'granted';
}

/** Shows the notice; false when the user has not allowed notifications (the reminder dialog still lists it). */
export async function showNotice(notice: DeskNotice): Promise<boolean> {
  const bridge = window.complaintsDesk;
  if (bridge) {
    if (!listening) {
      listening = true;
      bridge.onNotificationClicked((caseId) => openCase(caseId));
    }
    await bridge.showNotification({ title: notice.title, body: notice.body, caseId: notice.caseId });
    return true;
  }
  if (!(await browserPermission())) return false;
  const shown = new Notification(notice.title, { body: notice.body, tag: notice.key });
  shown.onclick = () => {
    window.focus();
    openCase(notice.caseId);
    shown.close();
  };
  return true;
}
