export * from './burst';
export * from './caps';
export * from './categories';
export * from './guidance';
export * from './identify';
export * from './queue';
export * from './stats';
export * from './time';
