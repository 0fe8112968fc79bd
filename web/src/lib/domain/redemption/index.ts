export * from './redeem-rules';
export * from './settlement';
export * from './voucher-code';
export * from './mask-name';
export * from './categories';
