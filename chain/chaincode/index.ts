import { LedgerContract } from './ledger.contract';

/**
 * The chaincode's entry point: fabric-chaincode-node (`start` for ordinary Node chaincode,
 * `server` for chaincode as a service) loads this module and registers `contracts`.
 */
export { LedgerContract };
export const contracts = [LedgerContract];
