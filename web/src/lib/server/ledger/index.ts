export { ledgerErrorMessageKey } from './errors';
export { uuidv7 } from './ids';
export { PostingService, type PostingOptions } from './posting.service';
export type * from './types';
