export type * from './model.js';
export type * from './report.js';
export type * from './rule.js';
export type * from './triage.js';
