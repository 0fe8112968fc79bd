import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import {
	committeeMember,
	community,
	installWorkerSchema,
	makeDeps,
	openYesNoVote,
	residents
} from './fixtures';

const db = await createTestDatabase({ max: 3 });
// The resolver takes the pool from the composition root, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = db.url;
const { voteChannelAccess } = await import('../../../web/src/lib/server/council/realtime');

await installWorkerSchema(db);
const deps = makeDeps(db);
const home = await community(db);
const elsewhere = await community(db);
const committee = await committeeMember(db, home);
const [voter] = await residents(db, home, 1);
const [outsider] = await residents(db, elsewhere, 1);
const voteId = await openYesNoVote(
	deps,
	{ author: voter!, committee, communityId: home.id },
	'装路灯',
	{ closesAt: new Date(Date.now() + 3_600_000), byDecision: true }
);
const [late] = await residents(db, home, 1, { verifiedAt: new Date(Date.now() + 60_000) });

describe('private-vote-{id} channel access', () => {
	it.each([
		['a resident on the roll', () => voter!.id, true],
		['the committee over the community', () => committee.id, true],
		['a resident of another community', () => outsider!.id, false],
		['a resident verified after opening', () => late!.id, false]
	])('%s → %s', async (_name, id, allowed) => {
		expect(await voteChannelAccess({ id: id() }, { kind: 'vote', voteId })).toEqual({ allowed });
	});

	it('should deny an unknown vote', async () => {
		expect(await voteChannelAccess({ id: voter!.id }, { kind: 'vote', voteId: 999_999 })).toEqual({
			allowed: false
		});
	});
});
