export * from './annotations';
export * from './cases';
export * from './environment';
export * from './incidents';
