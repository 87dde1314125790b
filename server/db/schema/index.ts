export * from './auth';
export * from './messaging';
export * from './mentoring';
export * from './inbox';
export * from './admin';
export * from './invitations';
