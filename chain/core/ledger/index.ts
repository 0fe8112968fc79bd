export * from './accounts';
export * from './book';
export * from './errors';
export * from './holds';
export * from './idempotency';
export * from './reversals';
export * from './transfers';
