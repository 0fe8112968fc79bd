import type postgres from 'postgres';
import { DEMO_COMMUNITY, DEMO_COMMITTEE, DEMO_RESIDENT } from './accounts';

/**
 * Council demo data in the demo community: one proposal under review and one in discussion with
 * supporters and a short exchange, plus the community's council settings. Nothing that needs a
 * vote: results only ever come from real ballots. Idempotent: a community that already has
 * proposals is left alone.
 */
export async function seedCouncil(tx: postgres.TransactionSql): Promise<void> {
	const [community] = await tx<{ id: number }[]>`
		select id from nodes where name = ${DEMO_COMMUNITY} and level = 'community' order by id limit 1`;
	if (!community) return;
	const [existing] =
		await tx`select 1 from council_proposals where community_id = ${community.id} limit 1`;
	if (existing) return;
	const people = await tx<{ id: number; phone: string | null }[]>`
		select id, phone from users where community_id = ${community.id} and status = 'verified'
			and phone is not null order by id limit 8`;
	const [committee] = await tx<
		{ id: number }[]
	>`select id from users where phone = ${DEMO_COMMITTEE.phone}`;
	const others = people.filter((p) => p.phone !== DEMO_RESIDENT.phone && p.id !== committee?.id);
	const [author, secondAuthor, ...supporters] = others;
	if (!author || !secondAuthor || !committee) return;
	await tx`
		insert into council_settings (community_id, points_accepted, points_passed, points_per_vote,
			vote_points_monthly_cap, support_threshold, updated_by)
		values (${community.id}, 20, 50, 5, 20, 3, ${committee.id}) on conflict do nothing`;
	const discussed = await proposal(tx, community.id, author.id, {
		title: '3号楼楼梯加装扶手',
		problem: '3号楼住着好几位八十多岁的老人，楼梯没有扶手，上下楼很吃力，去年有人摔倒过。',
		solution: '在1到6楼楼梯靠墙一侧装不锈钢扶手。',
		cost: 4800,
		location: '3号楼楼梯间',
		states: ['submitted', 'discussion'],
		committeeId: committee.id
	});
	for (const s of supporters.slice(0, 2)) {
		await tx`insert into council_supports (proposal_id, user_id) values (${discussed}, ${s.id})`;
	}
	const [first] = await tx<{ id: number }[]>`
		insert into council_comments (proposal_id, author_id, body)
		values (${discussed}, ${supporters[0]?.id ?? author.id}, '我妈妈就住3号楼，很需要！') returning id`;
	await tx`insert into council_comments (proposal_id, parent_id, author_id, body)
		values (${discussed}, ${first?.id ?? null}, ${author.id}, '谢谢支持，希望早点装上。')`;
	await proposal(tx, community.id, secondAuthor.id, {
		title: '小区门口增设休息长椅',
		problem: '老人买菜回来走到门口就累了，没有地方坐。',
		solution: '在大门内侧树荫下放两张长椅。',
		cost: 1600,
		location: '小区正门',
		states: ['submitted'],
		committeeId: committee.id
	});
}

interface SeedProposal {
	title: string;
	problem: string;
	solution: string;
	cost: number;
	location: string;
	/** States it went through after the draft, in order; the last is where it is now. */
	states: ('submitted' | 'discussion')[];
	committeeId: number;
}

async function proposal(
	tx: postgres.TransactionSql,
	communityId: number,
	authorId: number,
	p: SeedProposal
) {
	const state = p.states[p.states.length - 1] ?? 'submitted';
	const [row] = await tx<{ id: number }[]>`
		insert into council_proposals (community_id, author_id, title, problem, solution, estimated_cost,
			location, state, submitted_at)
		values (${communityId}, ${authorId}, ${p.title}, ${p.problem}, ${p.solution}, ${p.cost}, ${p.location},
			${state}, now()) returning id`;
	if (!row) throw new Error('seed: proposal insert returned no row');
	let from: string | null = null;
	for (const to of p.states) {
		const actor = to === 'submitted' ? authorId : p.committeeId;
		await tx`insert into council_proposal_events (proposal_id, kind, from_state, to_state, actor_id)
			values (${row.id}, 'state', ${from}, ${to}, ${actor})`;
		from = to;
	}
	return row.id;
}
