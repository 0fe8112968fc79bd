import { eq } from 'drizzle-orm';
import type { Asset, AccountKind } from '$core/ledger';
import { timebankSettings } from '../../../../../db/schema';
import type { TimebankDeps } from './deps';

const DEFAULT_CREDIT_LIMIT_MINUTES = -600;

/** The community's credit limit for residents' hours (a negative number of minutes). */
export async function creditLimitMinutes(deps: TimebankDeps, communityId: number): Promise<number> {
	const [row] = await deps.db
		.select({ limit: timebankSettings.creditLimitMinutes })
		.from(timebankSettings)
		.where(eq(timebankSettings.communityId, communityId));
	return row?.limit ?? DEFAULT_CREDIT_LIMIT_MINUTES;
}

async function ensure(
	deps: TimebankDeps,
	ownerType: 'user' | 'community',
	ownerId: number,
	asset: Asset,
	kind: AccountKind,
	floor?: number
): Promise<string> {
	const result = await deps.posting.ensureAccount({ ownerType, ownerId, asset, kind, floor });
	// Every spec here is valid by construction; a refusal means a setup bug.
	if (!result.ok) throw new Error(`cannot open ${kind} ${asset} account: ${result.error}`);
	return result.value.id;
}

/** A resident's HOUR account, opened at the community's credit limit. */
export async function residentHourAccount(
	deps: TimebankDeps,
	userId: number,
	communityId: number
): Promise<string> {
	const floor = await creditLimitMinutes(deps, communityId);
	return ensure(deps, 'user', userId, 'HOUR', 'resident', floor);
}

export function residentPointAccount(deps: TimebankDeps, userId: number): Promise<string> {
	return ensure(deps, 'user', userId, 'POINT', 'resident');
}

export function hourIssuanceAccount(deps: TimebankDeps, communityId: number): Promise<string> {
	return ensure(deps, 'community', communityId, 'HOUR', 'community_issuance');
}

export function pointIssuanceAccount(deps: TimebankDeps, communityId: number): Promise<string> {
	return ensure(deps, 'community', communityId, 'POINT', 'community_issuance');
}

export function pointPoolAccount(deps: TimebankDeps, communityId: number): Promise<string> {
	return ensure(deps, 'community', communityId, 'POINT', 'community_pool');
}

export function carePoolAccount(deps: TimebankDeps, communityId: number): Promise<string> {
	return ensure(deps, 'community', communityId, 'HOUR', 'care_pool');
}

/** Available balance of one account, 0 when it does not exist yet. */
export async function available(deps: TimebankDeps, accountId: string): Promise<number> {
	const balances = await deps.posting.balances([accountId]);
	return balances.get(accountId)?.available ?? 0;
}
