import type { AccountSpec } from '../ledger/types';
import type { RedemptionDeps } from './deps';

/** Account ids never change once opened, so they are cached per ledger (that is, per database). */
const caches = new WeakMap<object, Map<string, string>>();

async function ensure(deps: RedemptionDeps, spec: AccountSpec): Promise<string> {
	const key = `${spec.ownerType}:${spec.ownerId}:${spec.asset}:${spec.kind}`;
	let cache = caches.get(deps.ledger);
	if (!cache) caches.set(deps.ledger, (cache = new Map()));
	const known = cache.get(key);
	if (known) return known;
	const result = await deps.ledger.ensureAccount(spec);
	// Every spec below is valid by construction; a refusal means a setup bug.
	if (!result.ok) throw new Error(`cannot open ${key}: ${result.error}`);
	cache.set(key, result.value.id);
	return result.value.id;
}

/** The resident's POINT account, where redemptions are held from. */
export function residentPoints(deps: RedemptionDeps, userId: number): Promise<string> {
	return ensure(deps, { ownerType: 'user', ownerId: userId, asset: 'POINT', kind: 'resident' });
}

/** What the platform owes a partner, in points, until a statement is paid. */
export function partnerReceivable(deps: RedemptionDeps, partnerId: number): Promise<string> {
	return ensure(deps, {
		ownerType: 'partner',
		ownerId: partnerId,
		asset: 'POINT',
		kind: 'partner_receivable'
	});
}

/** Where paid receivables go: points the platform has turned into money. */
export function platformSettlement(deps: RedemptionDeps): Promise<string> {
	return ensure(deps, {
		ownerType: 'platform',
		ownerId: 0,
		asset: 'POINT',
		kind: 'platform_settlement'
	});
}

/** The community's sponsor funding account (unbounded: sponsored points enter the system here). */
export function sponsorFunding(deps: RedemptionDeps, communityId: number): Promise<string> {
	return ensure(deps, {
		ownerType: 'community',
		ownerId: communityId,
		asset: 'POINT',
		kind: 'sponsor_funding'
	});
}

export function communityPool(deps: RedemptionDeps, communityId: number): Promise<string> {
	return ensure(deps, {
		ownerType: 'community',
		ownerId: communityId,
		asset: 'POINT',
		kind: 'community_pool'
	});
}
