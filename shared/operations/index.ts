export * from './annotations';
export * from './cases';
export * from './environment';
export * from './incidents';
export * from './changes';
export * from './trash';
export * from './sources';
export * from './redaction';
