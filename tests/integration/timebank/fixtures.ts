import { organisations } from '../../../db/schema';
import { PostingService } from '../../../web/src/lib/server/ledger/posting.service';
import type { TimebankDeps } from '../../../web/src/lib/server/timebank/deps';
import { actFor, type Acting } from '../../../web/src/lib/server/timebank/proxy.service';
import type { TestDatabase } from '../../helpers/db';
import { clock, person, places, type Subject } from '../../factories/community';

export const SECRET = new TextEncoder().encode('integration-test-qr-secret-000001');

export function depsFor(db: TestDatabase, now: () => Date): TimebankDeps {
	return { db: db.db, posting: new PostingService(db.sql, { now }), now, qrSecret: SECRET };
}

export { clock, person, places, type Subject };

export async function organisation(db: TestDatabase, nodeId: number) {
	const [org] = await db.db
		.insert(organisations)
		.values({ name: '志愿队', nodeId, status: 'approved' })
		.returning();
	return org;
}

/** The person acting for themselves. */
export async function self(deps: TimebankDeps, who: Subject): Promise<Acting> {
	const acting = await actFor(deps.db, who, who.id);
	if (!acting.ok) throw new Error(acting.error);
	return acting.value;
}

export const MIN = 60_000;
export const HOUR = 60 * MIN;
