import { describe, expect, it } from 'vitest';
import {
	addComment,
	amendProposal,
	castBallot,
	closeVote,
	createProposal,
	hideComment,
	listComments,
	mergeProposal,
	openVote,
	rateProposal,
	ratingSummary,
	recordImplementation,
	reportComment,
	reviewProposal,
	submitProposal,
	supportProposal,
	timeline,
	updateDraft,
	verifyTallyRecord,
	type OpenVoteInput
} from '../../../web/src/lib/server/council';
import { spawnVolunteerActivity } from '../../../web/src/lib/server/council/spawn-activity';
import { createTestDatabase } from '../../helpers/db';
import { councilWorld, community, pointsOf, proposalInput, residents } from './fixtures';

const db = await createTestDatabase({ max: 4 });
const {
	deps,
	home,
	committee,
	voters: [author, neighbour, ...others]
} = await councilWorld(db, {
	voters: 6,
	pool: 10_000,
	settings: {
		pointsAccepted: 20,
		pointsPassed: 50,
		pointsPerVote: 5,
		votePointsMonthlyCap: 20,
		supportThreshold: 2
	}
});
const elsewhere = await community(db);
const [outsider] = await residents(db, elsewhere, 1);
const [unverified] = await residents(db, home, 1, { status: 'unverified' });

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
	if (!r.ok) throw new Error(r.error);
	return r.value;
};
const accepted = async (title: string, cost = 1000) => {
	const { id } = value(await createProposal(deps, author!, proposalInput(title, cost)));
	value(await reviewProposal(deps, committee, id, { decision: 'accept' }));
	return id;
};
const window = (): Pick<OpenVoteInput, 'opensAt' | 'closesAt'> => ({
	opensAt: new Date(Date.now() - 1000),
	closesAt: new Date(Date.now() + 3_600_000)
});
const afterClose = { ...deps, now: () => new Date(Date.now() + 7_200_000) };

describe('proposals', () => {
	it('should keep drafts editable and freeze the text after submission', async () => {
		const { id } = value(
			await createProposal(deps, author!, { ...proposalInput('草稿'), submit: false })
		);
		value(await updateDraft(deps, author!, id, { ...proposalInput('草稿改'), imageUrls: [] }));
		expect(await updateDraft(deps, neighbour!, id, proposalInput('别人改'))).toEqual({
			ok: false,
			error: 'forbidden'
		});
		value(await submitProposal(deps, author!, id));
		expect(await updateDraft(deps, author!, id, proposalInput('再改'))).toEqual({
			ok: false,
			error: 'not_editable'
		});
		value(await amendProposal(deps, author!, id, '补充：预算含安装费'));
		const events = await timeline(db.sql, id);
		expect(events.map((e) => e.kind)).toEqual(['state', 'state', 'amendment']);
		expect(events.map((e) => e.toState)).toEqual(['draft', 'submitted', null]);
	});

	it('should refuse proposals from the unverified', async () => {
		expect(await createProposal(deps, unverified!, proposalInput('x'))).toEqual({
			ok: false,
			error: 'not_verified'
		});
	});

	it('should reject with a reason the author sees, and pay points on acceptance', async () => {
		const { id } = value(await createProposal(deps, author!, proposalInput('重复的')));
		expect(await reviewProposal(deps, neighbour!, id, { decision: 'accept' })).toEqual({
			ok: false,
			error: 'forbidden'
		});
		value(
			await reviewProposal(deps, committee, id, { decision: 'reject', reason: '不属于社区事务' })
		);
		const [row] = await db.sql`select state, reject_reason from council_proposals where id = ${id}`;
		expect(row).toEqual({ state: 'rejected', reject_reason: '不属于社区事务' });
		const before = await pointsOf(db, author!.id);
		await accepted('修路灯');
		expect(await pointsOf(db, author!.id)).toBe(before + 20);
		const [n] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from notifications where user_id = ${author!.id} and type like 'council.%'`;
		expect(n!.n).toBeGreaterThanOrEqual(2);
	});

	it('should merge a duplicate with its supporters', async () => {
		const a = await accepted('装扶手');
		const b = await accepted('楼梯扶手');
		value(await supportProposal(deps, neighbour!, b));
		value(await mergeProposal(deps, committee, b, a));
		const [row] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from council_supports where proposal_id = ${a}`;
		expect(row!.n).toBe(1);
		expect(await mergeProposal(deps, committee, a, a)).toEqual({
			ok: false,
			error: 'invalid_merge'
		});
	});

	it('should take support once, comments in threads, and hide reported comments with a reason', async () => {
		const id = await accepted('加装电梯');
		value(await supportProposal(deps, neighbour!, id));
		expect(await supportProposal(deps, neighbour!, id)).toEqual({
			ok: false,
			error: 'already_supported'
		});
		expect(await supportProposal(deps, outsider!, id)).toEqual({
			ok: false,
			error: 'wrong_community'
		});
		const parent = value(
			await addComment(deps, neighbour!, id, { body: '支持！', parentId: null })
		);
		const reply = value(
			await addComment(deps, others[0]!, id, { body: '广告 13800000000', parentId: parent.id })
		);
		value(await reportComment(deps, neighbour!, reply.id, '广告'));
		expect(await reportComment(deps, neighbour!, reply.id, '广告')).toEqual({
			ok: false,
			error: 'already_reported'
		});
		expect(await hideComment(deps, neighbour!, reply.id, '广告')).toEqual({
			ok: false,
			error: 'forbidden'
		});
		value(await hideComment(deps, committee, reply.id, '广告信息'));
		const comments = await listComments(db.sql, id);
		expect(comments.map((c) => [c.parentId, c.body, c.hiddenReason])).toEqual([
			[null, '支持！', null],
			[parent.id, '', '广告信息']
		]);
	});
});

describe('votes: bad input', () => {
	it('should refuse to open below the support threshold unless by decision', async () => {
		const id = await accepted('修车棚');
		const base = {
			communityId: home.id,
			title: '修车棚',
			method: 'yes_no' as const,
			proposalIds: [id],
			budget: null,
			seats: 1,
			quorumPercent: 0,
			...window()
		};
		expect(await openVote(deps, committee, { ...base, byDecision: false })).toEqual({
			ok: false,
			error: 'support_below_threshold'
		});
		expect(await openVote(deps, author!, { ...base, byDecision: true })).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(
			await openVote(deps, committee, {
				...base,
				byDecision: true,
				closesAt: new Date(Date.now() - 1)
			})
		).toEqual({ ok: false, error: 'invalid_window' });
		const voteId = value(await openVote(deps, committee, { ...base, byDecision: true })).id;
		expect(await castBallot(deps, outsider!, voteId, { answer: 'yes' })).toEqual({
			ok: false,
			error: 'wrong_community'
		});
		expect(await castBallot(deps, unverified!, voteId, { answer: 'yes' })).toEqual({
			ok: false,
			error: 'not_verified'
		});
		expect(await castBallot(deps, neighbour!, voteId, { approve: [id] })).toEqual({
			ok: false,
			error: 'invalid_choice'
		});
		const early = { ...deps, now: () => new Date(Date.now() - 60_000) };
		expect(await castBallot(early, neighbour!, voteId, { answer: 'yes' })).toEqual({
			ok: false,
			error: 'vote_not_open'
		});
		expect(await castBallot(afterClose, neighbour!, voteId, { answer: 'yes' })).toEqual({
			ok: false,
			error: 'vote_closed'
		});
		const [late] = await residents(db, home, 1, { verifiedAt: new Date() });
		expect(await castBallot(deps, late!, voteId, { answer: 'yes' })).toEqual({
			ok: false,
			error: 'verified_after_opening'
		});
		const [n] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from council_vote_participation where vote_id = ${voteId}`;
		expect(n!.n).toBe(0);
	});
});

describe('participatory budgeting, implementation and evaluation', () => {
	it('should refuse over-budget ballots and fund winners greedily within the budget', async () => {
		const big = await accepted('翻新广场', 6000);
		const mid = await accepted('装路灯', 3000);
		const small = await accepted('买长椅', 2000);
		for (const id of [big, mid, small]) {
			for (const r of [neighbour!, others[0]!]) value(await supportProposal(deps, r, id));
		}
		const voteId = value(
			await openVote(deps, committee, {
				communityId: home.id,
				title: '2026 微实事',
				method: 'budget',
				proposalIds: [big, mid, small],
				budget: 8000,
				seats: 1,
				quorumPercent: 0,
				byDecision: false,
				...window()
			})
		).id;
		expect(await castBallot(deps, neighbour!, voteId, { approve: [big, mid] })).toEqual({
			ok: false,
			error: 'over_budget'
		});
		expect(await castBallot(deps, neighbour!, voteId, { approve: [999_999] })).toEqual({
			ok: false,
			error: 'unknown_option'
		});
		value(await castBallot(deps, neighbour!, voteId, { approve: [big, small] }));
		value(await castBallot(deps, others[0]!, voteId, { approve: [big] }));
		value(await castBallot(deps, others[1]!, voteId, { approve: [mid, small] }));
		value(await castBallot(deps, others[2]!, voteId, { approve: [mid] }));
		const outcome = await closeVote(afterClose, voteId);
		if (!outcome.closed) throw new Error(outcome.reason);
		// big 2 votes (6000), mid 2 (3000), small 2 (2000): tie → cheapest first: small, mid; big no longer fits.
		expect(outcome.result.winners).toEqual([small, mid]);
		expect(outcome.result.spent).toBe(5000);
		expect((await verifyTallyRecord(db.sql, voteId))?.valid).toBe(true);
		const states = await db.sql<
			{ id: number; state: string }[]
		>`select id, state from council_proposals where id in (${big}, ${mid}, ${small}) order by id`;
		expect(states.map((s) => s.state)).toEqual(['failed', 'passed', 'passed']);
	});

	it('should track implementation with notifications and take one rating per resident', async () => {
		const [passed] = await db.sql<
			{ id: number }[]
		>`select id from council_proposals where state = 'passed' order by id limit 1`;
		const id = passed!.id;
		expect(await rateProposal(deps, neighbour!, id, { score: 5, comment: '' })).toEqual({
			ok: false,
			error: 'invalid_transition'
		});
		value(await recordImplementation(deps, committee, id, { kind: 'start', owner: '物业公司' }));
		value(await recordImplementation(deps, committee, id, { kind: 'milestone', title: '采购' }));
		const timebankDeps = {
			db: db.db,
			posting: deps.posting,
			now: deps.now,
			qrSecret: new Uint8Array(32)
		};
		expect(await spawnVolunteerActivity(deps, timebankDeps, author!, id)).toEqual({
			ok: false,
			error: 'forbidden'
		});
		const { activityId } = value(await spawnVolunteerActivity(deps, timebankDeps, committee, id));
		const [activity] = await db.sql<
			{ title: string; status: string }[]
		>`select title, status from activities where id = ${activityId}`;
		expect(activity?.status).toBe('draft');
		value(
			await recordImplementation(deps, committee, id, {
				kind: 'progress',
				body: '灯已到货',
				imageUrls: ['https://example.org/a.jpg']
			})
		);
		expect(
			await recordImplementation(deps, author!, id, { kind: 'complete', body: '完工' })
		).toEqual({ ok: false, error: 'forbidden' });
		value(await recordImplementation(deps, committee, id, { kind: 'complete', body: '完工' }));
		const [note] = await db.sql<
			{ n: number }[]
		>`select count(*)::int as n from notifications where user_id = ${neighbour!.id} and type = 'council.progress'`;
		expect(note!.n).toBe(4);
		value(await rateProposal(deps, neighbour!, id, { score: 5, comment: '很亮' }));
		value(await rateProposal(deps, others[0]!, id, { score: 4, comment: '' }));
		expect(await rateProposal(deps, neighbour!, id, { score: 1, comment: '' })).toEqual({
			ok: false,
			error: 'already_rated'
		});
		const summary = await ratingSummary(db.sql, id, true);
		expect(summary).toMatchObject({ count: 2, averageTenths: 45, histogram: [0, 0, 0, 1, 1] });
		expect(summary.comments.map((c) => c.comment)).toEqual(['很亮']);
		const kinds = (await timeline(db.sql, id)).map((e) => e.toState ?? e.kind);
		expect(kinds).toEqual([
			'submitted',
			'discussion',
			'voting',
			'passed',
			'implementation',
			'milestone',
			'progress',
			'progress',
			'evaluation'
		]);
	});
});
