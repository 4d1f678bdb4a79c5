// The case model: zod schemas and the types inferred from them, for the store, the screens and the policy.
export * from './attachment';
export * from './case';
export * from './category';
export * from './channel';
export * from './checklist';
export * from './consent';
export * from './contact';
export * from './customer';
export * from './deadline-record';
export * from './employee-process';
export * from './fields';
export * from './intake';
export * from './outcome';
export * from './side-paths';
export * from './stage';
export * from './timeline';
export * from './user';
