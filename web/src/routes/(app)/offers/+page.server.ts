import { isOfferCategory } from '$lib/domain/redemption/categories';
import { requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { availablePoints, catalogue, categoriesIn } from '$lib/server/redemption/offers.service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = redemption();
	const wanted = url.searchParams.get('category');
	const category = isOfferCategory(wanted) ? wanted : null;
	if (user.communityId === null) {
		return { offers: [], categories: [], category, points: 0, noCommunity: true };
	}
	const [offers, categories, points] = await Promise.all([
		catalogue(deps, { communityId: user.communityId, category }),
		categoriesIn(deps, user.communityId),
		availablePoints(deps, user.id)
	]);
	return {
		offers,
		categories: categories.filter(isOfferCategory),
		category,
		points,
		noCommunity: false
	};
};
