export * from './checks';
export * from './transcript';
export * from './score';
export * from './api';
