export * from './attendance';
export * from './distance';
export * from './donation';
export * from './mutual-aid';
export * from './qr-token';
export * from './signup';
export * from './credit-limit';
export * from './skills';
