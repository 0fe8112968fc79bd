import { DEFAULT_RESIDENT_HOUR_FLOOR_MINUTES, type Asset } from '$core/ledger';
import { err, ok, type Result } from '$core/shared';
import { can, type AccessSubject } from '$lib/domain/access';
import type { AccountBalance, HistoryEntry } from '../ledger/types';
import type { WalletDeps } from './deps';
import {
	selectAccountRefs,
	selectEntryDetails,
	selectOwner,
	type OwnerRow
} from './wallet.repository';
import type {
	Wallet,
	WalletBalance,
	WalletEntry,
	WalletError,
	WalletFilter,
	WalletHistoryPage
} from './types';

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/**
 * Opens the wallet of `ownerId` for `viewer`: their own wallet always, someone else's only with
 * 'ledger.read.community' on that person's community (committee and auditors). Read-only: it
 * never opens ledger accounts; a missing account shows as zero with its future limit.
 *
 * Errors: 'not_found', 'forbidden'.
 */
export async function openWallet(
	deps: WalletDeps,
	viewer: AccessSubject,
	ownerId: number
): Promise<Result<Wallet, WalletError>> {
	const owner = Number.isSafeInteger(ownerId) ? await selectOwner(deps.sql, ownerId) : null;
	if (!owner) return err('not_found');
	const self = viewer.id === owner.userId;
	if (!self && !canRead(viewer, owner)) return err('forbidden');
	const refs = await selectAccountRefs(deps.sql, 'user', [owner.userId], ['resident']);
	const balances = await deps.posting.balances(refs.map((r) => r.id));
	const find = (asset: Asset) => {
		const ref = refs.find((r) => r.asset === asset);
		return ref ? (balances.get(ref.id) ?? null) : null;
	};
	const { userId, displayName, communityId, communityName } = owner;
	return ok({
		owner: { userId, displayName, communityId, communityName },
		hours: toWalletBalance('HOUR', find('HOUR'), hourFloorOf(owner)),
		points: toWalletBalance('POINT', find('POINT'), 0),
		readOnly: !self
	});
}

function canRead(viewer: AccessSubject, owner: OwnerRow): boolean {
	return owner.communityPath !== null && can(viewer, 'ledger.read.community', owner.communityPath);
}

/** The floor an hour account will get when it opens: the community's setting, else −10 h. */
function hourFloorOf(owner: OwnerRow): number {
	return owner.creditLimitMinutes ?? DEFAULT_RESIDENT_HOUR_FLOOR_MINUTES;
}

export function toWalletBalance(
	asset: Asset,
	balance: AccountBalance | null,
	defaultFloor: number | null
): WalletBalance {
	if (!balance) {
		return { asset, accountId: null, posted: 0, held: 0, available: 0, floor: defaultFloor };
	}
	const { id, posted, available, debitsPending, floor } = balance;
	return { asset, accountId: id, posted, held: debitsPending, available, floor };
}

/**
 * One page of the wallet's history, newest first, across both assets unless `filter.asset`
 * picks one. Each account's page comes from PostingService.history; the two are merged by seq
 * (seq orders the whole ledger, so the merged page is exactly the newest `limit` entries below
 * the cursor). Receipt status, counterpart and follow-ups come from one more query for the page.
 */
export async function walletHistory(
	deps: WalletDeps,
	wallet: Wallet,
	filter: WalletFilter = {}
): Promise<WalletHistoryPage> {
	return accountsHistory(deps, [wallet.hours, wallet.points], filter);
}

/** The same history for any accounts (a community's pool, say), merged newest first. */
export async function accountsHistory(
	deps: WalletDeps,
	balances: readonly WalletBalance[],
	filter: WalletFilter = {}
): Promise<WalletHistoryPage> {
	const limit = Math.min(Math.max(1, Math.floor(filter.limit ?? DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE);
	const accounts = balances.filter(
		(b) => b.accountId !== null && (!filter.asset || filter.asset === b.asset)
	);
	const pages = await Promise.all(
		accounts.map(async (b) => {
			const accountId = b.accountId as string;
			const page = await deps.posting.history({
				accountId,
				limit,
				cursor: filter.cursor ?? null,
				...(filter.kind && { kind: filter.kind }),
				...(filter.from && { from: filter.from }),
				...(filter.to && { to: filter.to })
			});
			return { accountId, ...page };
		})
	);
	const merged = pages
		.flatMap((p) => p.items.map((item) => ({ accountId: p.accountId, item })))
		.sort((a, b) => b.item.seq - a.item.seq);
	const taken = merged.slice(0, limit);
	const more = merged.length > limit || pages.some((p) => p.nextCursor !== null);
	const items = await withDetails(deps, taken);
	const last = taken.at(-1);
	return { items, nextCursor: more && last ? last.item.seq : null };
}

async function withDetails(
	deps: WalletDeps,
	taken: { accountId: string; item: HistoryEntry }[]
): Promise<WalletEntry[]> {
	const details = await selectEntryDetails(
		deps.sql,
		taken.map(({ accountId, item }) => ({ transferId: item.id, accountId }))
	);
	return taken.map(({ item }) => {
		const d = details.get(item.id);
		if (!d) throw new Error(`transfer ${item.id} vanished between two reads`);
		const { id, seq, amount, createdAt, direction, asset, kind, pending, resolution } = item;
		return {
			id,
			seq,
			amount,
			createdAt,
			direction,
			asset,
			kind,
			pending,
			resolution,
			reversesId: item.reversesId,
			holdOutcome: d.holdOutcome,
			reversed: d.reversed,
			counterpart: d.counterpart,
			receiptStatus: d.receiptStatus
		};
	});
}
