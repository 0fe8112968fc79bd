import { describe, expect, it } from 'vitest';
import { receiptHash, tally, type Choice } from '../../../web/src/lib/domain/council';
import {
	castBallot,
	checkReceipt,
	closeVote,
	createProposal,
	openVote,
	publishedBallots,
	reviewProposal,
	verifyTallyRecord,
	type CouncilDeps
} from '../../../web/src/lib/server/council';
import { createTestDatabase } from '../../helpers/db';
import { councilWorld, pointsOf, proposalInput } from './fixtures';

const db = await createTestDatabase({ max: 12 });
const { deps, home, committee, voters } = await councilWorld(db, {
	voters: 200,
	pool: 100_000,
	settings: {
		pointsAccepted: 20,
		pointsPassed: 50,
		pointsPerVote: 5,
		votePointsMonthlyCap: 20,
		supportThreshold: 0
	}
});

const ANSWERS = ['yes', 'no', 'abstain'] as const;
const choiceOf = (i: number): Choice => ({
	answer: ANSWERS[i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0]
});

async function votingProposal(title: string): Promise<number> {
	const created = await createProposal(deps, voters[0]!, proposalInput(title));
	if (!created.ok) throw new Error(created.error);
	expect(await reviewProposal(deps, committee, created.value.id, { decision: 'accept' })).toEqual({
		ok: true,
		value: true
	});
	return created.value.id;
}

async function openYesNo(proposalId: number, closesInMs = 3_600_000): Promise<number> {
	const opened = await openVote(deps, committee, {
		communityId: home.id,
		title: '换声控灯',
		method: 'yes_no',
		proposalIds: [proposalId],
		budget: null,
		seats: 1,
		quorumPercent: 30,
		opensAt: new Date(Date.now() - 1000),
		closesAt: new Date(Date.now() + closesInMs),
		byDecision: false
	});
	if (!opened.ok) throw new Error(opened.error);
	return opened.value.id;
}

const after = (voteId: number, deps: CouncilDeps) => async () => {
	const [v] = await db.sql<
		{ closesAt: string }[]
	>`select closes_at::text as "closesAt" from council_votes where id = ${voteId}`;
	return {
		...deps,
		now: () =>
			new Date(
				new Date(v!.closesAt.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).getTime() + 1
			)
	};
};

const proposalId = await votingProposal('楼道换声控灯');
const voteId = await openYesNo(proposalId);
const receipts = new Map<number, { code: string; choice: Choice }>();

describe('secret ballots', () => {
	it('should count 200 concurrent ballots plus concurrent duplicates exactly once each', async () => {
		const attempts = voters.flatMap((v, i) => {
			const duplicates: Choice[] = i % 4 === 0 ? [{ answer: 'no' }] : [];
			return [choiceOf(i), ...duplicates].map((choice) =>
				castBallot(deps, v, voteId, choice).then((r) => ({ i, r, choice }))
			);
		});
		const results = await Promise.all(attempts);
		const accepted = results.filter((x) => x.r.ok);
		const refused = results.filter((x) => !x.r.ok);
		expect(accepted).toHaveLength(200);
		expect(new Set(accepted.map((x) => x.i)).size).toBe(200);
		expect(refused).toHaveLength(50);
		expect(refused.every((x) => !x.r.ok && x.r.error === 'already_voted')).toBe(true);
		for (const { i, r, choice } of accepted) {
			if (r.ok) receipts.set(i, { code: r.value.receiptCode, choice });
		}
		const [counts] = await db.sql<{ p: number; b: number }[]>`
			select (select count(*)::int from council_vote_participation where vote_id = ${voteId}) as p,
				(select count(*)::int from council_ballot_box where vote_id = ${voteId}) as b`;
		expect(counts).toEqual({ p: 200, b: 200 });
		// Turnout went out live, results did not.
		const live = deps.realtime.events.filter((e) => e.channel === `private-vote-${voteId}`);
		expect(live.length).toBeGreaterThan(0);
		expect(
			live.every((e) => e.event === 'turnout' && Object.keys(e.data as object).join() === 'turnout')
		).toBe(true);
	});

	it('should refuse a later second ballot with nothing changed', async () => {
		const result = await castBallot(deps, voters[5]!, voteId, { answer: 'yes' });
		expect(result).toEqual({ ok: false, error: 'already_voted' });
		const [b] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from council_ballot_box where vote_id = ${voteId}`;
		expect(b!.n).toBe(200);
	});

	it('should give vote points without revealing the choice, capped per month', async () => {
		expect(await pointsOf(db, voters[1]!.id)).toBe(5);
		const [t] = await db.sql<{ keys: string[]; references: string[] }[]>`
			select array_agg(idempotency_key) as keys, array_agg(distinct reference) as references
			from ledger_transfers where kind = 'council.vote'`;
		expect(t!.keys).toHaveLength(200);
		expect(t!.keys.every((k) => /^council:vote:\d+:voter:\d+$/.test(k))).toBe(true);
		expect(t!.references).toEqual([`council-vote:${voteId}`]);
	});

	it('should confirm a receipt while open without showing the choice', async () => {
		const { code } = receipts.get(3)!;
		expect(await checkReceipt(deps, voteId, code.toLowerCase())).toEqual({
			ok: true,
			value: { status: 'in_box' }
		});
		expect(await checkReceipt(deps, voteId, 'AAAA-AAAA-AAAA-AAAA')).toEqual({
			ok: false,
			error: 'receipt_not_found'
		});
		expect(await checkReceipt(deps, voteId, 'nonsense')).toEqual({
			ok: false,
			error: 'invalid_receipt'
		});
	});

	it('should not close before the window ends', async () => {
		expect(await closeVote(deps, voteId)).toEqual({ closed: false, reason: 'not_due' });
	});

	it('should close with an exact tally that the published list recounts', async () => {
		const closer = await after(voteId, deps)();
		const outcome = await closeVote(closer, voteId);
		if (!outcome.closed) throw new Error(outcome.reason);
		const expected = { yes: 0, no: 0, abstain: 0 };
		for (const { choice } of receipts.values()) {
			if ('answer' in choice) expected[choice.answer] += 1;
		}
		expect(outcome.result.answers).toEqual(expected);
		expect(outcome.result.turnout).toBe(200);
		expect(outcome.result.eligible).toBe(201);
		expect(outcome.result.winners).toEqual(expected.yes > expected.no ? [proposalId] : []);
		const list = await publishedBallots(db.sql, voteId);
		const recount = tally(
			{ method: 'yes_no', options: [{ proposalId, cost: 1000 }], budget: null, seats: 1 },
			list.map((b) => b.choice),
			{ eligible: 201, quorumPercent: 30 }
		);
		expect(recount).toEqual(outcome.result);
		expect(await closeVote(closer, voteId)).toEqual({ closed: false, reason: 'already_closed' });
	});

	it('should show each voter their counted ballot by receipt code', async () => {
		for (const i of [0, 3, 7, 199]) {
			const { code, choice } = receipts.get(i)!;
			expect(await checkReceipt(deps, voteId, code)).toEqual({
				ok: true,
				value: { status: 'counted', choice }
			});
			const list = await publishedBallots(db.sql, voteId);
			expect(list.find((b) => b.receiptHash === receiptHash(voteId, code))?.choice).toEqual(choice);
		}
	});

	it('should keep participation unjoinable to ballots', async () => {
		const columns = await db.sql<{ table_name: string; column_name: string }[]>`
			select table_name, column_name from information_schema.columns
			where table_name in ('council_vote_participation', 'council_ballots', 'council_ballot_box') order by 1, 2`;
		const of = (t: string) => columns.filter((c) => c.table_name === t).map((c) => c.column_name);
		expect(of('council_ballots')).toEqual(['choice', 'id', 'receipt_hash', 'vote_id']);
		expect(of('council_vote_participation')).toEqual(['cast_at', 'user_id', 'vote_id']);
		// No shared transaction id: every sealed ballot was written by the closing transaction.
		const [x] = await db.sql<{ ballotXmins: number; shared: number; boxLeft: number }[]>`
			select (select count(distinct xmin::text)::int from council_ballots where vote_id = ${voteId}) as "ballotXmins",
				(select count(*)::int from council_ballots b join council_vote_participation p
					on p.xmin::text = b.xmin::text where b.vote_id = ${voteId}) as shared,
				(select count(*)::int from council_ballot_box where vote_id = ${voteId}) as "boxLeft"`;
		expect(x).toEqual({ ballotXmins: 1, shared: 0, boxLeft: 0 });
		// Physical order is receipt-hash order (random), not cast order.
		const physical = await db.sql<{ receiptHash: string }[]>`
			select receipt_hash as "receiptHash" from council_ballots where vote_id = ${voteId} order by ctid`;
		const hashes = physical.map((r) => r.receiptHash);
		expect(hashes).toEqual([...hashes].sort());
	});

	it('should record the tally on the ledger, verifiable, on append-only tables', async () => {
		const verification = await verifyTallyRecord(db.sql, voteId);
		expect(verification?.checks).toEqual({
			journal: true,
			ballotListHash: true,
			recount: true,
			projection: true
		});
		expect(verification?.valid).toBe(true);
		await expect(
			db.sql`update council_ballots set choice = '{"answer":"yes"}'::jsonb where vote_id = ${voteId}`
		).rejects.toThrow(/append-only/);
		await expect(
			db.sql`delete from council_vote_participation where vote_id = ${voteId}`
		).rejects.toThrow(/append-only/);
		await expect(db.sql`update ledger_records set body = '{}'`).rejects.toThrow(/append-only/);
		const [proposal] = await db.sql<
			{ state: string }[]
		>`select state from council_proposals where id = ${proposalId}`;
		expect(['passed', 'failed']).toContain(proposal!.state);
	});

	it('should chain a second vote to the first and cap vote points per month', async () => {
		const secondVote = await openYesNo(await votingProposal('修单车棚'));
		const thirdVote = await openYesNo(await votingProposal('装长椅'));
		const fourthVote = await openYesNo(await votingProposal('种树'));
		const v = voters[10]!;
		for (const id of [secondVote, thirdVote, fourthVote]) {
			const r = await castBallot(deps, v, id, { answer: 'yes' });
			expect(r.ok).toBe(true);
		}
		// 5 + 5 + 5 + 5 = 20, the cap; the fourth vote of the month earns nothing.
		expect(await pointsOf(db, v.id)).toBe(20);
		const closer = await after(fourthVote, deps)();
		await closeVote(closer, secondVote);
		const verification = await verifyTallyRecord(db.sql, secondVote);
		expect(verification?.valid).toBe(true);
	});
});
