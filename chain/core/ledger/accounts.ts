import { err, ok, type Result } from '../shared';

export const ASSETS = ['HOUR', 'POINT'] as const;
/** HOUR is counted in whole minutes, POINT in whole points. */
export type Asset = (typeof ASSETS)[number];

export const ACCOUNT_KINDS = [
	'resident',
	'community_issuance',
	'community_pool',
	'care_pool',
	'partner_receivable',
	'platform_settlement',
	'sponsor_funding'
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Which assets each kind of account may hold; anything else is a setup mistake. */
const ALLOWED_ASSETS: Record<AccountKind, readonly Asset[]> = {
	resident: ['HOUR', 'POINT'],
	community_issuance: ['HOUR', 'POINT'],
	community_pool: ['POINT'],
	care_pool: ['HOUR'],
	partner_receivable: ['POINT'],
	platform_settlement: ['POINT'],
	sponsor_funding: ['POINT']
};

/** Accounts through which value enters the system; their balance is the negative of all issued. */
const UNBOUNDED_KINDS: readonly AccountKind[] = ['community_issuance', 'sponsor_funding'];

/** A new member may receive up to ten hours of help before giving any (PRODUCT.md). */
export const DEFAULT_RESIDENT_HOUR_FLOOR_MINUTES = -600;

/**
 * TigerBeetle-style account: four monotonically growing totals from which balances derive.
 * `floor` null means unbounded (issuance and funding accounts).
 */
export interface Account {
	readonly id: string;
	readonly asset: Asset;
	readonly kind: AccountKind;
	readonly floor: number | null;
	readonly debitsPosted: number;
	readonly creditsPosted: number;
	readonly debitsPending: number;
	readonly creditsPending: number;
}

export function postedBalance(a: Account): number {
	return a.creditsPosted - a.debitsPosted;
}

/** What may still be spent: posted balance minus what is held for pending redemptions. */
export function availableBalance(a: Account): number {
	return postedBalance(a) - a.debitsPending;
}

/** Whether debiting `amount` more (posted or pending) would take the account below its floor. */
export function breaksFloor(a: Account, amount: number): boolean {
	return a.floor !== null && availableBalance(a) - amount < a.floor;
}

export function isAsset(value: unknown): value is Asset {
	return typeof value === 'string' && (ASSETS as readonly string[]).includes(value);
}

export function isAccountKind(value: unknown): value is AccountKind {
	return typeof value === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(value);
}

/**
 * The floor a new account gets. Points never go negative; a resident's hours may go down to the
 * community's credit limit; issuance and funding accounts are unbounded.
 *
 * Errors: 'asset_not_allowed_for_kind', 'invalid_floor' (a resident hour floor above zero or
 * not an integer).
 */
export function floorFor(
	kind: AccountKind,
	asset: Asset,
	residentHourFloorMinutes: number = DEFAULT_RESIDENT_HOUR_FLOOR_MINUTES
): Result<number | null, 'asset_not_allowed_for_kind' | 'invalid_floor'> {
	if (!ALLOWED_ASSETS[kind].includes(asset)) return err('asset_not_allowed_for_kind');
	if (UNBOUNDED_KINDS.includes(kind)) return ok(null);
	if (kind === 'resident' && asset === 'HOUR') {
		const valid = Number.isSafeInteger(residentHourFloorMinutes) && residentHourFloorMinutes <= 0;
		return valid ? ok(residentHourFloorMinutes) : err('invalid_floor');
	}
	return ok(0);
}

/**
 * Checks an explicitly chosen floor (a community's credit limit, a pool's reserve): unbounded only
 * for issuance and funding kinds, otherwise an integer no higher than zero, since a new account
 * starts at zero and must satisfy its own floor.
 *
 * Errors: 'asset_not_allowed_for_kind', 'invalid_floor'.
 */
export function checkFloor(
	kind: AccountKind,
	asset: Asset,
	floor: number | null
): Result<number | null, 'asset_not_allowed_for_kind' | 'invalid_floor'> {
	if (!ALLOWED_ASSETS[kind].includes(asset)) return err('asset_not_allowed_for_kind');
	if (floor === null) return UNBOUNDED_KINDS.includes(kind) ? ok(null) : err('invalid_floor');
	return Number.isSafeInteger(floor) && floor <= 0 ? ok(floor) : err('invalid_floor');
}

/** A fresh account with all totals at zero. */
export function newAccount(
	id: string,
	asset: Asset,
	kind: AccountKind,
	floor: number | null
): Account {
	return {
		id,
		asset,
		kind,
		floor,
		debitsPosted: 0,
		creditsPosted: 0,
		debitsPending: 0,
		creditsPending: 0
	};
}
