import { and, asc, eq, inArray } from 'drizzle-orm';
import { can, type AccessSubject } from '$lib/domain/access';
import { normaliseCategories, parseHhmm, type SortingCategory } from '$lib/domain/sorting';
import { err, ok, type Result } from '$core/shared';
import {
	nodes,
	roleGrants,
	sortingInspectors,
	sortingPoints,
	users
} from '../../../../../db/schema';
import type { SortingDeps } from './deps';

export type ManageError =
	'forbidden' | 'not_found' | 'invalid_hours' | 'no_categories' | 'not_inspector';

export interface PointInput {
	name: string;
	location: string;
	opens: string;
	closes: string;
	categories: string[];
}

/** The community's path when `user` may manage sorting there. */
export async function managedCommunity(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number
): Promise<Result<{ id: number; path: string; name: string }, 'forbidden'>> {
	const [node] = await deps.db.select().from(nodes).where(eq(nodes.id, communityId));
	if (!node || node.level !== 'community' || !can(user, 'sorting.manage', node.path)) {
		return err('forbidden');
	}
	return ok({ id: node.id, path: node.path, name: node.name });
}

/** The collection points where the inspector records, with what the screen needs. */
export async function pointsForInspector(deps: SortingDeps, userId: number) {
	return deps.db
		.select({
			id: sortingPoints.id,
			name: sortingPoints.name,
			location: sortingPoints.location,
			opens: sortingPoints.opens,
			closes: sortingPoints.closes,
			categories: sortingPoints.categories
		})
		.from(sortingInspectors)
		.innerJoin(sortingPoints, eq(sortingPoints.id, sortingInspectors.pointId))
		.where(and(eq(sortingInspectors.userId, userId), eq(sortingPoints.active, true)))
		.orderBy(asc(sortingPoints.name));
}

function checkPoint(input: PointInput): Result<SortingCategory[], ManageError> {
	if (parseHhmm(input.opens) === null || parseHhmm(input.closes) === null) {
		return err('invalid_hours');
	}
	const categories = normaliseCategories(input.categories);
	return categories.length > 0 ? ok(categories) : err('no_categories');
}

export async function createPoint(
	deps: SortingDeps,
	user: AccessSubject,
	communityId: number,
	input: PointInput
): Promise<Result<number, ManageError>> {
	const community = await managedCommunity(deps, user, communityId);
	if (!community.ok) return community;
	const categories = checkPoint(input);
	if (!categories.ok) return categories;
	const [row] = await deps.db
		.insert(sortingPoints)
		.values({ communityId, ...input, categories: categories.value })
		.returning({ id: sortingPoints.id });
	if (!row) throw new Error('insert returned no row');
	return ok(row.id);
}

async function managedPoint(deps: SortingDeps, user: AccessSubject, pointId: number) {
	const [point] = await deps.db.select().from(sortingPoints).where(eq(sortingPoints.id, pointId));
	if (!point) return err('not_found' as const);
	const community = await managedCommunity(deps, user, point.communityId);
	return community.ok ? ok(point) : community;
}

export async function updatePoint(
	deps: SortingDeps,
	user: AccessSubject,
	pointId: number,
	input: PointInput & { active: boolean }
): Promise<Result<null, ManageError>> {
	const point = await managedPoint(deps, user, pointId);
	if (!point.ok) return point;
	const categories = checkPoint(input);
	if (!categories.ok) return categories;
	await deps.db
		.update(sortingPoints)
		.set({ ...input, categories: categories.value })
		.where(eq(sortingPoints.id, pointId));
	return ok(null);
}

/** Puts an inspector (someone holding the inspector role over the community) at a point. */
export async function assignInspector(
	deps: SortingDeps,
	user: AccessSubject,
	pointId: number,
	inspectorId: number,
	assign: boolean
): Promise<Result<null, ManageError>> {
	const point = await managedPoint(deps, user, pointId);
	if (!point.ok) return point;
	if (!assign) {
		await deps.db
			.delete(sortingInspectors)
			.where(
				and(eq(sortingInspectors.pointId, pointId), eq(sortingInspectors.userId, inspectorId))
			);
		return ok(null);
	}
	const candidates = await inspectorsFor(deps, point.value.communityId);
	if (!candidates.some((c) => c.id === inspectorId)) return err('not_inspector');
	await deps.db
		.insert(sortingInspectors)
		.values({ pointId, userId: inspectorId })
		.onConflictDoNothing();
	return ok(null);
}

/** People holding the inspector role on the community or a node above it. */
export async function inspectorsFor(deps: SortingDeps, communityId: number) {
	const [community] = await deps.db.select().from(nodes).where(eq(nodes.id, communityId));
	if (!community) return [];
	const ancestors = community.path.split('/').filter(Boolean).map(Number);
	return deps.db
		.selectDistinct({ id: users.id, displayName: users.displayName })
		.from(roleGrants)
		.innerJoin(users, eq(users.id, roleGrants.userId))
		.where(and(eq(roleGrants.role, 'inspector'), inArray(roleGrants.nodeId, ancestors)))
		.orderBy(asc(users.displayName));
}

/** Points of a community with their inspectors, for the committee. */
export async function pointsOfCommunity(deps: SortingDeps, communityId: number) {
	const points = await deps.db
		.select()
		.from(sortingPoints)
		.where(eq(sortingPoints.communityId, communityId))
		.orderBy(asc(sortingPoints.name));
	const assigned = await deps.db
		.select({ pointId: sortingInspectors.pointId, id: users.id, displayName: users.displayName })
		.from(sortingInspectors)
		.innerJoin(users, eq(users.id, sortingInspectors.userId))
		.where(inArray(sortingInspectors.pointId, points.length ? points.map((p) => p.id) : [0]));
	return points.map((p) => ({ ...p, inspectors: assigned.filter((a) => a.pointId === p.id) }));
}
