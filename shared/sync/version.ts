// The sync protocol's version: both ends send it, and a desk too old for the server is told so and keeps working offline.

/** Bumped whenever a request or response changes shape in a way an older desk could misread. */
export const PROTOCOL_VERSION = 1;

/** The oldest desk protocol this server still serves. */
export const OLDEST_SUPPORTED_PROTOCOL = 1;

/** The header every request carries with the desk's protocol version. */
export const PROTOCOL_HEADER = 'x-complaints-protocol';

/** Every route sits under this prefix, so a later protocol can live beside it. */
export const API_PREFIX = '/v1';

export const DESK_TOO_OLD = 'This desk is older than the office server: update Complaints Desk. It keeps working on its own until then.';
export const DESK_TOO_NEW = 'The office server is older than this desk: ask your IT contact to update the server. The desk keeps working on its own until then.';

/** Why a desk speaking `deskVersion` cannot talk to this server, or null when it can. */
export function protocolMismatch(deskVersion: number): string | null {
  if (deskVersion < OLDEST_SUPPORTED_PROTOCOL) return DESK_TOO_OLD;
  if (deskVersion > PROTOCOL_VERSION) return DESK_TOO_NEW;
  return null;
}
