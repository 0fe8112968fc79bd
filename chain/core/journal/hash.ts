// @oslojs/crypto is dependency-free JS that runs everywhere: the one library the journal core uses.
import { sha256 as oslo } from '@oslojs/crypto/sha2';

/**
 * A synchronous SHA-256. The default is a pure-JS implementation so the journal runs in the
 * browser and in chaincode; a server may pass a faster native one with the same output.
 */
export type Sha256 = (data: Uint8Array) => Uint8Array;

export const sha256: Sha256 = oslo;
