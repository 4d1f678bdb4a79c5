// An error whose message is written for the member of staff who will read it, so it may cross the bridge as is.
export class StaffFacingError extends Error {
  override readonly name = 'StaffFacingError';
}
