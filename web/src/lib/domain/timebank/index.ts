export * from './attendance';
export * from './donation';
export * from './mutual-aid';
export * from './qr-token';
export * from './signup';
export * from './credit-limit';
