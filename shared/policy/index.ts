// The pure complaints policy: calendar and clock, deadline status, the six-point workflow, confidentiality and disclosure, work-list views.
export * from './calendar';
export * from './clock';
export * from './case-status';
export * from './workflow';
export * from './confidentiality';
export * from './work-list';
export * from './received-at';
export * from './ombudsman';
export * from './reopening';
export * from './rights-letter-checks';
export * from './broker/meter-points';
export * from './complaints-return';
export * from './reminders';
export * from './reference-series';
