import { and, asc, eq, ilike, isNull, notExists, or, sql, type SQL } from 'drizzle-orm';
import type { AccessSubject } from '$lib/domain/access';
import { isCategory } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import { sortingGuideHidden, sortingGuideItems } from '../../../../../db/schema';
import { record } from '../audit';
import type { SortingDeps } from './deps';
import { managedCommunity } from './points.service';

/**
 * The "what goes where" guide. The platform keeps a shared list (community null); each
 * community adds its own items, edits and removes them, and hides platform items that are wrong
 * for its bins. Residents see their community's guide: its own items and the platform's not
 * hidden. Changes are audited as `sorting.guide`.
 */

export interface GuideItem {
	id: number;
	communityId: number | null;
	name: string;
	category: string;
	hint: string;
	/** A platform item this community took out of its guide (only listed for the committee). */
	hidden: boolean;
}

export type GuideError = 'forbidden' | 'invalid_request' | 'not_found' | 'duplicate_name';

const MAX_NAME = 40;
const MAX_HINT = 120;

/** Wildcards typed into the search are searched for, not used. */
const likeTerm = (query: string) =>
	query
		.trim()
		.slice(0, MAX_NAME)
		.replace(/[%_\\]/g, (c) => `\\${c}`);

/**
 * A community's guide (null: the platform's own), optionally searched by name or tip. Platform
 * items the community hid are left out, or with `withHidden` (the committee's page) marked.
 */
export async function guideItems(
	deps: SortingDeps,
	communityId: number | null,
	query = '',
	options: { withHidden?: boolean } = {}
): Promise<GuideItem[]> {
	const hiddenHere =
		communityId === null
			? sql<boolean>`false`
			: sql<boolean>`exists (select 1 from ${sortingGuideHidden} h
				where h.item_id = ${sortingGuideItems.id} and h.community_id = ${communityId})`;
	const conditions: (SQL | undefined)[] = [
		communityId === null
			? isNull(sortingGuideItems.communityId)
			: or(isNull(sortingGuideItems.communityId), eq(sortingGuideItems.communityId, communityId))
	];
	if (communityId !== null && !options.withHidden) {
		conditions.push(
			notExists(
				deps.db
					.select({ one: sql`1` })
					.from(sortingGuideHidden)
					.where(
						and(
							eq(sortingGuideHidden.itemId, sortingGuideItems.id),
							eq(sortingGuideHidden.communityId, communityId)
						)
					)
			)
		);
	}
	const q = likeTerm(query);
	if (q) {
		conditions.push(
			or(ilike(sortingGuideItems.name, `%${q}%`), ilike(sortingGuideItems.hint, `%${q}%`))
		);
	}
	return deps.db
		.select({
			id: sortingGuideItems.id,
			communityId: sortingGuideItems.communityId,
			name: sortingGuideItems.name,
			category: sortingGuideItems.category,
			hint: sortingGuideItems.hint,
			hidden: hiddenHere
		})
		.from(sortingGuideItems)
		.where(and(...conditions))
		.orderBy(asc(sortingGuideItems.category), asc(sortingGuideItems.name))
		.limit(300);
}

type ItemInput = { name: string; category: string; hint: string };

function checkItem(item: ItemInput): Result<ItemInput, 'invalid_request'> {
	const name = item.name.trim();
	const hint = item.hint.trim();
	if (!isCategory(item.category) || !name || name.length > MAX_NAME || hint.length > MAX_HINT) {
		return err('invalid_request');
	}
	return ok({ name, category: item.category, hint });
}

/** Whether the community's guide already lists `name` (its own or a platform item it shows). */
async function nameTaken(
	deps: SortingDeps,
	communityId: number,
	name: string,
	exceptId: number | null
): Promise<boolean> {
	const shown = await guideItems(deps, communityId);
	return shown.some((i) => i.name === name && i.id !== exceptId);
}

/** Adds an item to the community's guide. Errors: forbidden, invalid_request, duplicate_name. */
export async function addGuideItem(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	input: ItemInput
): Promise<Result<{ id: number }, GuideError>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	const item = checkItem(input);
	if (!item.ok) return item;
	if (await nameTaken(deps, communityId, item.value.name, null)) return err('duplicate_name');
	return deps.db.transaction(async (tx) => {
		const [row] = await tx
			.insert(sortingGuideItems)
			.values({ communityId, ...item.value })
			.returning({ id: sortingGuideItems.id });
		if (!row) throw new Error('guide item insert returned nothing');
		await record(tx, {
			actorId: user.id,
			action: 'sorting.guide',
			target: { type: 'guide_item', id: row.id },
			nodePath: community.value.path,
			after: item.value
		});
		return ok({ id: row.id });
	});
}

/**
 * Changes one of the community's own items. Errors: forbidden, invalid_request, not_found (not
 * the community's own: platform items are hidden, or copied and edited, never changed for all),
 * duplicate_name.
 */
export async function editGuideItem(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	itemId: number,
	input: ItemInput
): Promise<Result<null, GuideError>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	const item = checkItem(input);
	if (!item.ok) return item;
	if (await nameTaken(deps, communityId, item.value.name, itemId)) return err('duplicate_name');
	return deps.db.transaction(async (tx) => {
		const [before] = await tx
			.select()
			.from(sortingGuideItems)
			.where(and(eq(sortingGuideItems.id, itemId), eq(sortingGuideItems.communityId, communityId)))
			.for('update');
		if (!before) return err('not_found');
		await tx.update(sortingGuideItems).set(item.value).where(eq(sortingGuideItems.id, itemId));
		await record(tx, {
			actorId: user.id,
			action: 'sorting.guide',
			target: { type: 'guide_item', id: itemId },
			nodePath: community.value.path,
			before: { name: before.name, category: before.category, hint: before.hint },
			after: item.value
		});
		return ok(null);
	});
}

/** Removes one of the community's own items. Errors: forbidden, not_found. */
export async function removeGuideItem(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	itemId: number
): Promise<Result<null, GuideError>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	return deps.db.transaction(async (tx) => {
		const [gone] = await tx
			.delete(sortingGuideItems)
			.where(and(eq(sortingGuideItems.id, itemId), eq(sortingGuideItems.communityId, communityId)))
			.returning();
		if (!gone) return err('not_found');
		await record(tx, {
			actorId: user.id,
			action: 'sorting.guide',
			target: { type: 'guide_item', id: itemId },
			nodePath: community.value.path,
			before: { name: gone.name, category: gone.category, hint: gone.hint }
		});
		return ok(null);
	});
}

/**
 * Takes a platform item out of the community's guide, or puts it back. Errors: forbidden,
 * not_found (no such platform item).
 */
export async function setPlatformItemHidden(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	itemId: number,
	hidden: boolean
): Promise<Result<null, GuideError>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	const [item] = await deps.db
		.select({ id: sortingGuideItems.id })
		.from(sortingGuideItems)
		.where(and(eq(sortingGuideItems.id, itemId), isNull(sortingGuideItems.communityId)));
	if (!item) return err('not_found');
	return deps.db.transaction(async (tx) => {
		const changed = hidden
			? await tx
					.insert(sortingGuideHidden)
					.values({ communityId, itemId })
					.onConflictDoNothing()
					.returning()
			: await tx
					.delete(sortingGuideHidden)
					.where(
						and(
							eq(sortingGuideHidden.communityId, communityId),
							eq(sortingGuideHidden.itemId, itemId)
						)
					)
					.returning();
		if (changed.length > 0) {
			await record(tx, {
				actorId: user.id,
				action: 'sorting.guide',
				target: { type: 'guide_item', id: itemId },
				nodePath: community.value.path,
				after: { hidden }
			});
		}
		return ok(null);
	});
}
