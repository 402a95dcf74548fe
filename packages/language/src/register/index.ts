export * from './follow-up.js';
export * from './register.js';
export * from './render-register.js';
export * from './formats.js';
