import { err, ok, type Result } from '$core/shared';
import type { AccountKind, Asset } from '$core/ledger';
import { can, maskPhone, scopesFor, type AccessSubject } from '$lib/domain/access';
import { phoneHash, revealPhone } from '../crypto';
import { maskedIdNumbers } from '../privacy';
import type { WalletDeps } from './deps';
import type { CommunityAccounts, ResidentMatch, WalletBalance } from './types';
import { toWalletBalance } from './wallet.service';
import { searchResidentRows, selectAccountRefs } from './wallet.repository';

const MAX_RESULTS = 30;
const MAX_COMMUNITIES = 50;

/** The community accounts shown to staff, in this order; missing ones show as not opened. */
export const COMMUNITY_ACCOUNTS: readonly { kind: AccountKind; asset: Asset }[] = [
	{ kind: 'community_issuance', asset: 'HOUR' },
	{ kind: 'care_pool', asset: 'HOUR' },
	{ kind: 'community_issuance', asset: 'POINT' },
	{ kind: 'community_pool', asset: 'POINT' }
];

/**
 * Residents of the communities where `viewer` may read the ledger whose name contains the text,
 * or whose phone number it is (a whole mainland number, spaces and dashes allowed: numbers are
 * stored encrypted, so parts of them cannot be searched). Phones and ID numbers come back masked. Nobody is
 * found outside the viewer's communities, and an empty query finds nobody.
 */
export async function findResidents(
	deps: WalletDeps,
	viewer: AccessSubject,
	query: string
): Promise<ResidentMatch[]> {
	const text = query.trim();
	const scopes = scopesFor(viewer, 'ledger.read.community');
	if (text === '' || scopes.length === 0) return [];
	const digits = text.replace(/[\s-]/g, '');
	const phone = /^1[3-9]\d{9}$/.test(digits) ? { number: digits, hash: phoneHash(digits) } : null;
	const rows = await searchResidentRows(deps.sql, scopes, text, phone, MAX_RESULTS);
	const ids = await maskedIdNumbers(
		deps.sql,
		rows.map((r) => r.userId)
	);
	return rows.map(({ phone, phoneCipher, ...r }) => ({
		...r,
		maskedPhone: maskPhone(revealPhone({ phone, phoneCipher })),
		maskedIdNumber: ids.get(r.userId) ?? ''
	}));
}

/**
 * The balances of the own accounts (hour issuance, care pool, point issuance, point pool) of
 * every community where `viewer` may read the ledger, in tree order.
 */
export async function communityAccounts(
	deps: WalletDeps,
	viewer: AccessSubject
): Promise<CommunityAccounts[]> {
	const scopes = scopesFor(viewer, 'ledger.read.community');
	if (scopes.length === 0) return [];
	const communities = await deps.sql`
		select id, name from nodes
		where level = 'community' and path like any(${scopes.map((s) => `${s}%`)}::text[])
		order by path limit ${MAX_COMMUNITIES}`;
	const ids = communities.map((c) => Number(c.id));
	const kinds = [...new Set(COMMUNITY_ACCOUNTS.map((a) => a.kind))];
	const refs = await selectAccountRefs(deps.sql, 'community', ids, kinds);
	const balances = await deps.posting.balances(refs.map((r) => r.id));
	return communities.map((c) => {
		const communityId = Number(c.id);
		const accounts = COMMUNITY_ACCOUNTS.map(({ kind, asset }) => {
			const ref = refs.find(
				(r) => r.ownerId === communityId && r.kind === kind && r.asset === asset
			);
			const balance = ref ? (balances.get(ref.id) ?? null) : null;
			const { accountId, posted, held, available } = toWalletBalance(asset, balance, null);
			return { kind, asset, accountId, posted, held, available };
		});
		return { communityId, communityName: c.name as string, accounts };
	});
}

export interface CommunityAccountView {
	communityId: number;
	communityName: string;
	kind: AccountKind;
	balance: WalletBalance;
}

/**
 * One of a community's own accounts (its issuance or pool), for staff who may read the ledger
 * there: the committee and auditors see what moved through it, each entry with its receipt.
 * Errors: 'not_found' (no such community account), 'forbidden'.
 */
export async function openCommunityAccount(
	deps: WalletDeps,
	viewer: AccessSubject,
	accountId: string
): Promise<Result<CommunityAccountView, 'not_found' | 'forbidden'>> {
	if (!/^[0-9a-f-]{36}$/i.test(accountId)) return err('not_found');
	const [row] = await deps.sql<
		{ communityId: number; communityName: string; path: string; kind: AccountKind; asset: Asset }[]
	>`
		select n.id as "communityId", n.name as "communityName", n.path, a.kind, a.asset
		from ledger_accounts a join nodes n on n.id = a.owner_id
		where a.id = ${accountId} and a.owner_type = 'community'`;
	if (!row) return err('not_found');
	if (!can(viewer, 'ledger.read.community', row.path)) return err('forbidden');
	const balances = await deps.posting.balances([accountId]);
	const { communityId, communityName, kind, asset } = row;
	return ok({
		communityId,
		communityName,
		kind,
		balance: toWalletBalance(asset, balances.get(accountId) ?? null, null)
	});
}
