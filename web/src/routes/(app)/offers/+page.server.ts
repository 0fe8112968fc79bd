import { herePoint } from '$lib/forms/near';
import { requireUser } from '$lib/server/access/guards';
import { browseOffers } from '$lib/server/redemption/catalogue.service';
import { redemption } from '$lib/server/redemption/deps';
import { availablePoints } from '$lib/server/redemption/offers.service';
import { catalogueSchema } from './schema';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = redemption();
	const q = catalogueSchema.parse(Object.fromEntries(url.searchParams));
	const filter = { category: q.category, radius: q.radius, near: q.near };
	if (user.communityId === null) {
		return { catalogue: null, filter, points: await availablePoints(deps, user.id) };
	}
	const catalogue = await browseOffers(deps, {
		userId: user.id,
		homeId: user.communityId,
		communityId: q.community,
		category: q.category,
		radiusKm: q.radius,
		here: herePoint(q)
	});
	return { catalogue, filter, points: catalogue.points };
};
