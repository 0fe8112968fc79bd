import { can } from '$lib/domain/access';
import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import type { CouncilError } from './errors';
import type { Queryable } from './deps';

/** A verified resident of this community: may propose, support, comment and rate there. */
export function residentOf(
	user: AccessUser,
	communityId: number
): Result<true, 'not_verified' | 'wrong_community'> {
	if (user.status !== 'verified') return err('not_verified');
	if (user.communityId !== communityId) return err('wrong_community');
	return ok(true);
}

/** Committee staff on this community or above it (permission 'council.manage'). */
export async function committeeOf(
	q: Queryable,
	user: AccessUser,
	communityId: number
): Promise<Result<true, CouncilError>> {
	const [node] = await q<{ path: string }[]>`select path from nodes where id = ${communityId}`;
	if (!node) return err('not_found');
	return can(user, 'council.manage', node.path) ? ok(true) : err('forbidden');
}

/** The community ids a committee member looks after (for the console lists). */
export async function managedCommunityIds(q: Queryable, user: AccessUser): Promise<number[]> {
	const paths = user.roles.filter((r) => r.role === 'committee').map((r) => r.nodePath);
	if (paths.length === 0 || user.status !== 'verified') return [];
	const rows = await q<{ id: number }[]>`
		select id from nodes where level = 'community'
			and exists (select 1 from unnest(${paths}::text[]) p where path like p || '%')
		order by id`;
	return rows.map((r) => r.id);
}
