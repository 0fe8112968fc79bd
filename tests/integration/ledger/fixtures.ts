import { randomUUID } from 'node:crypto';
import type { AccountKind, Asset } from '../../../chain/core/ledger';
import { unwrap } from '../../../chain/core/shared';
import type { PostingService, WriteMeta } from '../../../web/src/lib/server/ledger';

let owner = 0;

/** Opens an account for a fresh owner id, so specs never collide on the unique key. */
export async function account(
	service: PostingService,
	asset: Asset,
	kind: AccountKind,
	floor?: number | null
): Promise<string> {
	owner += 1;
	const spec = {
		ownerType: 'test',
		ownerId: owner,
		asset,
		kind,
		...(floor !== undefined && { floor })
	};
	return unwrap(await service.openAccount(spec)).id;
}

export function meta(kind = 'adjustment', key: string = randomUUID()): WriteMeta {
	return { idempotencyKey: key, actorId: 1, kind, reference: 'test:1' };
}

/** An issuance account plus a resident funded with `amount` points from it. */
export async function fundedResident(service: PostingService, amount: number) {
	const issuer = await account(service, 'POINT', 'community_issuance');
	const resident = await account(service, 'POINT', 'resident');
	if (amount > 0) {
		const funded = await service.transfer({
			...meta('sorting.reward'),
			debitAccountId: issuer,
			creditAccountId: resident,
			asset: 'POINT',
			amount
		});
		unwrap(funded);
	}
	return { issuer, resident };
}
