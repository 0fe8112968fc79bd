import type { ReceiptStatus } from '$core/journal';
import type { AccountKind, Asset } from '$core/ledger';
import type { CounterpartFacts, EntryFacts } from '$lib/domain/wallet';

/** Whose wallet it is. Names only: the wallet never carries a phone number. */
export interface WalletOwner {
	userId: number;
	displayName: string;
	communityId: number | null;
	communityName: string | null;
}

/** One asset's balance. `accountId` is null until the first movement opens the account. */
export interface WalletBalance {
	asset: Asset;
	accountId: string | null;
	posted: number;
	/** Set aside by open holds: counted in `posted`, not in `available`. */
	held: number;
	available: number;
	/** Lowest allowed available balance: 0 for points, the community's credit limit for hours. */
	floor: number | null;
}

/**
 * A wallet someone was allowed to open. History is read through it, so nobody can page through
 * an account without having passed the access check first.
 */
export interface Wallet {
	owner: WalletOwner;
	hours: WalletBalance;
	points: WalletBalance;
	/** Whether the viewer is someone else (committee or auditor): the page says it is view-only. */
	readOnly: boolean;
}

export interface WalletFilter {
	asset?: Asset;
	kind?: string;
	from?: Date;
	to?: Date;
	cursor?: number | null;
	limit?: number;
}

/** One history entry with everything the page shows, read in one query per page. */
export interface WalletEntry extends EntryFacts {
	id: string;
	seq: number;
	amount: number;
	createdAt: Date;
	counterpart: CounterpartFacts;
	receiptStatus: ReceiptStatus;
}

export interface WalletHistoryPage {
	items: WalletEntry[];
	nextCursor: number | null;
}

/**
 * Why a wallet cannot be opened: 'not_found' (no such person), 'forbidden' (someone else's
 * wallet, outside every community where the viewer may read the ledger).
 */
export type WalletError = 'not_found' | 'forbidden';

/** A resident found by the committee search; the phone is masked (138****5678). */
export interface ResidentMatch {
	userId: number;
	displayName: string;
	maskedPhone: string;
	/** 1101**********1234, or '' when none is on file. */
	maskedIdNumber: string;
	communityName: string;
}

export interface CommunityAccount {
	kind: AccountKind;
	asset: Asset;
	accountId: string | null;
	posted: number;
	held: number;
	available: number;
}

export interface CommunityAccounts {
	communityId: number;
	communityName: string;
	accounts: CommunityAccount[];
}
