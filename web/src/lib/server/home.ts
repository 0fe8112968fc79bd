import { eq } from 'drizzle-orm';
import { nodes, users } from '../../../../db/schema';
import type { Executor } from './auth/db';

export interface HomeSummary {
	communityName: string | null;
	communityNameEn: string | null;
	/** Why the committee turned the account down; set only for a rejected account. */
	statusReason: string | null;
}

/** The dashboard's facts about a signed-in person that the session does not already carry. */
export async function loadHomeSummary(db: Executor, userId: number): Promise<HomeSummary> {
	const [row] = await db
		.select({
			communityName: nodes.name,
			communityNameEn: nodes.nameEn,
			status: users.status,
			statusReason: users.statusReason
		})
		.from(users)
		.leftJoin(nodes, eq(nodes.id, users.communityId))
		.where(eq(users.id, userId))
		.limit(1);
	if (!row) return { communityName: null, communityNameEn: null, statusReason: null };
	return {
		communityName: row.communityName,
		communityNameEn: row.communityNameEn,
		statusReason: row.status === 'rejected' ? row.statusReason : null
	};
}
