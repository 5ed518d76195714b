export type * from './types.js';
export * from './validators.js';
export * from './client.js';
