// Letters to the customer: templates and their wording, merge fields, the rights paragraphs, PDF and email text, letters due.
export * from './letter-kinds';
export * from './merge-fields';
export * from './wording';
export * from './rights';
export * from './letter-dates';
export * from './letter-content';
export * from './letter-pdf';
export * from './letter-action';
export * from './letters-due';
