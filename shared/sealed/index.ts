// Sealed records: complaints about staff encrypted at rest, readable only with the keys of the users allowed.
// See docs/sealed-records.md for the design.
export * from './envelope';
export * from './key-wrap';
export * from './user-keys';
export * from './key-endorsement';
export { fromBase64, toBase64 } from './web-crypto';
