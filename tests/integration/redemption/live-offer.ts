import { createOffer, setOfferStatus } from '../../../web/src/lib/server/redemption/offers.service';
import {
	applyAsPartner,
	decideApplication
} from '../../../web/src/lib/server/redemption/partners.service';
import type { RedemptionDeps } from '../../../web/src/lib/server/redemption/deps';
import { fund, makeCommunity, makeUser } from './fixtures';

let licenceSeq = 0;

/**
 * A community with an approved partner, its manager, one live offer (300 points, no stock or
 * monthly limit) and a verified resident holding 3,000 points: the start of most redemption tests.
 */
export async function liveOffer(deps: RedemptionDeps, name = '花园社区') {
	const community = await makeCommunity(deps.sql, name);
	const manager = await makeUser(deps.sql, { communityId: community.id, name: '黄志强' });
	const resident = await makeUser(deps.sql, { communityId: community.id, name: '王秀英' });
	const committee = await makeUser(deps.sql, { communityId: community.id, name: '陈主任' });
	licenceSeq++;
	const applied = await applyAsPartner(deps, manager.id, {
		name: '好运理发店',
		licenceNo: `91440101MA${process.pid}L${licenceSeq}`,
		contactName: '黄志强',
		contactPhone: '13800000006',
		address: '花园路1号',
		categories: ['haircut'],
		communityIds: [community.id]
	});
	if (!applied.ok) throw new Error(applied.error);
	const partnerId = applied.value.partnerId;
	const decided = await decideApplication(deps, committee.id, {
		partnerId,
		communityId: community.id,
		approve: true,
		reason: null
	});
	if (!decided.ok) throw new Error(decided.error);
	const now = deps.now();
	const created = await createOffer(deps, partnerId, {
		title: '理发一次',
		description: '男女老少都可以',
		category: 'haircut',
		pricePoints: 300,
		stock: null,
		monthlyLimit: null,
		validFrom: new Date(now.getTime() - 86_400_000),
		validUntil: new Date(now.getTime() + 90 * 86_400_000),
		voucherDays: 14,
		communityIds: [community.id]
	});
	if (!created.ok) throw new Error(created.error);
	await setOfferStatus(deps, partnerId, created.value.id, 'live');
	await fund(deps, resident.id, community.id, 3_000);
	return {
		community,
		manager,
		committee,
		partnerId,
		offerId: created.value.id,
		resident: { ...resident, communityId: community.id, status: 'verified' as const }
	};
}
