// The app's version and platform, for the About box and for support calls.
import type { AppInfo } from '../../shared/ipc-contract';

export function appInfo(deps: { getVersion(): string; platform: string }): AppInfo {
  return { version: deps.getVersion(), platform: deps.platform };
}
