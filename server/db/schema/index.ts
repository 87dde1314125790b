export * from './auth';
export * from './messaging';
