export * from './date/local-date.js';
export * from './text/fold.js';
export * from './domain/enums.js';
export * from './domain/errors.js';
export * from './domain/limits.js';
export * from './domain/task-status.js';
export * from './domain/reporting.js';
