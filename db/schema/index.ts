export * from './hierarchy';
export * from './identity';
export * from './invitations';
export * from './organisations';
export * from './partners';
export * from './ledger';
export * from './journal';
export * from './notifications';
