import { eq } from 'drizzle-orm';
import { can, type AccessSubject } from '$lib/domain/access';
import { isPoint, type Point } from '$lib/domain/timebank';
import { err, ok, type Result } from '$core/shared';
import { nodes, timebankSettings } from '../../../../../db/schema';
import type { Db } from '../../../../../db/client';
import { record } from '../audit';
import type { TimebankDeps } from './deps';

export type CommunityPointError = 'not_found' | 'forbidden' | 'point_invalid';

/** The community's map point, or null while nobody has set it. */
export async function communityPoint(db: Db, communityId: number): Promise<Point | null> {
	const [row] = await db
		.select({ latitude: timebankSettings.latitude, longitude: timebankSettings.longitude })
		.from(timebankSettings)
		.where(eq(timebankSettings.communityId, communityId));
	return row && isPoint(row) ? { latitude: row.latitude, longitude: row.longitude } : null;
}

/**
 * Sets (or with null, clears) where a community is on the map. The committee sets it for its
 * communities; the platform admin, who creates the places, may too. Audited as
 * `timebank.community_point`. Errors: not_found (no such community), forbidden, point_invalid.
 */
export async function setCommunityPoint(
	deps: TimebankDeps,
	user: AccessSubject,
	input: { communityId: number; point: Point | null }
): Promise<Result<Point | null, CommunityPointError>> {
	if (input.point && !isPoint(input.point)) return err('point_invalid');
	return deps.db.transaction(async (tx) => {
		const [place] = await tx.select().from(nodes).where(eq(nodes.id, input.communityId));
		if (!place || place.level !== 'community') return err('not_found');
		const allowed =
			can(user, 'settings.manage', place.path) || can(user, 'hierarchy.manage', place.path);
		if (!allowed) return err('forbidden');
		const [before] = await tx
			.select()
			.from(timebankSettings)
			.where(eq(timebankSettings.communityId, place.id))
			.for('update');
		const next = {
			latitude: input.point?.latitude ?? null,
			longitude: input.point?.longitude ?? null,
			updatedAt: deps.now()
		};
		await tx
			.insert(timebankSettings)
			.values({ communityId: place.id, ...next })
			.onConflictDoUpdate({ target: timebankSettings.communityId, set: next });
		await record(tx, {
			actorId: user.id,
			action: 'timebank.community_point',
			target: { type: 'community', id: place.id },
			nodePath: place.path,
			before: { latitude: before?.latitude ?? null, longitude: before?.longitude ?? null },
			after: { latitude: next.latitude, longitude: next.longitude },
			at: deps.now()
		});
		return ok(input.point);
	});
}
