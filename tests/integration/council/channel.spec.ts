import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../helpers/db';
import {
	committeeMember,
	community,
	installWorkerSchema,
	makeDeps,
	proposalInput,
	residents
} from './fixtures';

const db = await createTestDatabase({ max: 3 });
// The resolver takes the pool from the composition root, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = db.url;
const { voteChannelAccess } = await import('../../../web/src/lib/server/council/realtime');
const { createProposal, openVote, reviewProposal } =
	await import('../../../web/src/lib/server/council');

await installWorkerSchema(db);
const deps = makeDeps(db);
const home = await community(db);
const elsewhere = await community(db);
const committee = await committeeMember(db, home);
const [voter] = await residents(db, home, 1);
const [outsider] = await residents(db, elsewhere, 1);
const created = await createProposal(deps, voter!, proposalInput('装路灯'));
if (!created.ok) throw new Error(created.error);
await reviewProposal(deps, committee, created.value.id, { decision: 'accept' });
const opened = await openVote(deps, committee, {
	communityId: home.id,
	title: '装路灯',
	method: 'yes_no',
	proposalIds: [created.value.id],
	budget: null,
	seats: 1,
	quorumPercent: 0,
	opensAt: new Date(Date.now() - 1000),
	closesAt: new Date(Date.now() + 3_600_000),
	byDecision: true
});
if (!opened.ok) throw new Error(opened.error);
const voteId = opened.value.id;
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
