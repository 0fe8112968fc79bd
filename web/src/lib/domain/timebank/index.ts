export * from './attendance';
// Distance lives in geo/ because offers are found by it too; time bank code imports it from here.
export * from '../geo/distance';
export * from './donation';
export * from './mutual-aid';
export * from './qr-token';
export * from './signup';
export * from './credit-limit';
export * from './skills';
