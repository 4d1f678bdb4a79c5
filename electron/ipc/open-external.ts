// Opens an https page or a mailto link with the operating system, after checking it against the allowlist.
import type { OpenExternalRequest } from '../../shared/ipc-contract';
import { allowedExternalUrl } from '../security';
import { StaffFacingError } from './staff-facing-error';

export async function openExternal(
  request: OpenExternalRequest,
  deps: { openInSystem(url: string): Promise<void> },
): Promise<void> {
  const url = allowedExternalUrl(request.url);
  if (!url) {
    throw new StaffFacingError('Only https:// web addresses and mailto: email links can be opened from Complaints Desk.');
  }
  await deps.openInSystem(url);
}
