import { requireUser } from '$lib/server/access/guards';
import { councilDeps, listProposals, votesTakenPart } from '$lib/server/council';
import type { PageServerLoad } from './$types';

/**
 * The person's own proposals (drafts included) and the votes they took part in. Receipt codes
 * are not listed: only their hashes are stored, unlinked to anyone; each code is checked on the
 * vote's page.
 */
export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const { sql } = councilDeps();
	const [proposals, votes] = await Promise.all([
		listProposals(sql, { authorId: user.id, includeDrafts: true }),
		votesTakenPart(sql, user.id)
	]);
	return {
		proposals: proposals.map((p) => ({ id: p.id, title: p.title, state: p.state })),
		votes: [...votes]
	};
};
