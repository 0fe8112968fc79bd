import { redemption } from '$lib/server/redemption/deps';
import { requirePartnerStaff } from '$lib/server/redemption/partner-access';
import { statementsOfPartner } from '$lib/server/redemption/settlement.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { membership } = await requirePartnerStaff(locals, url, { manager: true, approved: true });
	const rows = await statementsOfPartner(redemption(), membership.partnerId);
	return {
		statements: rows.map((s) => ({
			id: s.id,
			communityName: s.communityName,
			periodStart: s.periodStart,
			periodEnd: s.periodEnd,
			points: s.points,
			cents: s.cents,
			status: s.status,
			ledgerTransferId: s.ledgerTransferId
		}))
	};
};
