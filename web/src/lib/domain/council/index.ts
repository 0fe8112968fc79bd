/** The citizen council's rules: pure, no I/O, no clock, no randomness. */
export * from './ballot';
export * from './ballot-list';
export * from './eligibility';
export * from './proposal-state';
export * from './receipt';
export * from './tally';
export * from './tally-body';
