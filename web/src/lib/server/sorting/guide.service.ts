import { and, asc, eq, ilike, isNull, or } from 'drizzle-orm';
import type { AccessSubject } from '$lib/domain/access';
import { isCategory } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import { sortingGuideItems } from '../../../../../db/schema';
import type { SortingDeps } from './deps';
import { managedCommunity } from './points.service';

/** The guide for a community: its own items and the platform's, optionally searched. */
export async function guideItems(deps: SortingDeps, communityId: number | null, query = '') {
	const scope =
		communityId === null
			? isNull(sortingGuideItems.communityId)
			: or(isNull(sortingGuideItems.communityId), eq(sortingGuideItems.communityId, communityId));
	const q = query
		.trim()
		.slice(0, 40)
		.replace(/[%_\\]/g, (c) => `\\${c}`);
	const where = q
		? and(
				scope,
				or(ilike(sortingGuideItems.name, `%${q}%`), ilike(sortingGuideItems.hint, `%${q}%`))
			)
		: scope;
	return deps.db
		.select()
		.from(sortingGuideItems)
		.where(where)
		.orderBy(asc(sortingGuideItems.category), asc(sortingGuideItems.name))
		.limit(200);
}

export async function addGuideItem(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	item: { name: string; category: string; hint: string }
): Promise<Result<null, 'forbidden' | 'invalid_request'>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	if (!isCategory(item.category) || !item.name.trim()) return err('invalid_request');
	await deps.db.insert(sortingGuideItems).values({ communityId, ...item, name: item.name.trim() });
	return ok(null);
}

/** Only the community's own items can be removed; the platform's list is shared. */
export async function removeGuideItem(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	itemId: number
): Promise<Result<null, 'forbidden'>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	await deps.db
		.delete(sortingGuideItems)
		.where(and(eq(sortingGuideItems.id, itemId), eq(sortingGuideItems.communityId, communityId)));
	return ok(null);
}
