// Runs the desktop app's automatic backups, whoever is signed in: daily (checked hourly) and when the app quits.
import { useEffect } from 'react';
import { host } from '../../host/host';
import { automaticBackupDue, backUpChainToFolder } from './folder-backup';

const CHECK_EVERY_MS = 60 * 60 * 1000;

export function AutomaticBackups() {
  useEffect(() => {
    const bridge = host.backups;
    if (!bridge) return;
    let running: Promise<unknown> | null = null;
    const backUp = async () => {
      const { version } = await host.getAppInfo();
      await backUpChainToFolder(bridge, { appVersion: version });
    };
    const once = () => {
      running ??= backUp()
        .catch((error: unknown) => console.error('The automatic backup failed', error))
        .finally(() => (running = null));
      return running;
    };
    const checkDue = async () => {
      const settings = await bridge.getBackupSettings().catch(() => null);
      if (settings && automaticBackupDue(settings.lastAutomaticAt, new Date())) await once();
    };
    bridge.onQuitBackup(async () => {
      await once();
    });
    void checkDue();
    const timer = window.setInterval(() => void checkDue(), CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, []);
  return null;
}
