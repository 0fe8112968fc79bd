// The 'crypto' pattern in the pure-rules import ban is meant for Node's module; @oslojs/crypto is
// dependency-free JS that runs everywhere, and the one library the journal core may use.
// eslint-disable-next-line no-restricted-imports
import { sha256 as oslo } from '@oslojs/crypto/sha2';

/**
 * A synchronous SHA-256. The default is a pure-JS implementation so the journal runs in the
 * browser and in chaincode; a server may pass a faster native one with the same output.
 */
export type Sha256 = (data: Uint8Array) => Uint8Array;

export const sha256: Sha256 = oslo;
