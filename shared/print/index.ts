export * from './print-options';
export * from './summary';
export * from './summary-selection';
export * from './summary-types';
export * from './csl-json';
export * from './redaction';
