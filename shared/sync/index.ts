// The office sync protocol, used by the desk (renderer/store/sync) and the server (server/) alike.
export * from './version';
export * from './errors';
export * from './session';
export * from './records';
export * from './pull';
export * from './push';
export * from './attachments';
export * from './routes';
export * from './settings';
export * from './keys';
export * from './desk-upload';
export * from './held';
