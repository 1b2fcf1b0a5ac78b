export * from './annotations';
export * from './chronology';
export * from './incident-detail';
export * from './outline';
export * from './overview';
export * from './rows';
export * from './source-detail';
