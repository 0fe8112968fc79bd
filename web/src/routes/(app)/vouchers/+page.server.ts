import { requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { vouchersOfUser } from '$lib/server/redemption/vouchers.repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const vouchers = await vouchersOfUser(redemption().sql, user.id);
	return {
		vouchers: vouchers.map((v) => ({
			id: v.id,
			offerTitle: v.offerTitle,
			partnerName: v.partnerName,
			points: v.points,
			status: v.status,
			expiresAt: v.expiresAt.toISOString()
		}))
	};
};
