export * from './domain-error.js';
export * from './unavailable.js';
