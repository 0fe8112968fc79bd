export {
	communityAccounts,
	COMMUNITY_ACCOUNTS,
	findResidents,
	openCommunityAccount
} from './committee.service';
export { walletDeps, type WalletDeps } from './deps';
export type * from './types';
export { accountsHistory, DEFAULT_PAGE_SIZE, openWallet, walletHistory } from './wallet.service';
export { filteredHistory, readFilter, type FilterValues, type ReadFilter } from './filter';
