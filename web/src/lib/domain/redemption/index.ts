export * from './redeem-rules';
export * from './settlement';
export * from './voucher-code';
