// The pure complaints policy: calendar and clock, deadline status, the six-point workflow, confidentiality and disclosure, work-list views.
export * from './calendar';
export * from './clock';
export * from './case-status';
export * from './workflow';
export * from './confidentiality';
export * from './work-list';
export * from './reference-series';
