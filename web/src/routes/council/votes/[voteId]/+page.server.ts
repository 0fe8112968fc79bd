import { error, fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import {
	castBallot,
	checkReceipt,
	councilDeps,
	councilErrorKey,
	eligibleCount,
	findVote,
	hasVoted,
	turnout,
	verifyTallyRecord
} from '$lib/server/council';
import { choiceFromForm, receiptSchema } from '$lib/server/council/forms';
import type { Actions, PageServerLoad } from './$types';

function voteIdOf(params: { voteId: string }): number {
	const id = Number(params.voteId);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, { message: 'Not found', code: 'not_found' });
	return id;
}

/** Public: the vote, its live turnout, and once closed the result, the list and its verification. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const { sql } = councilDeps();
	const id = voteIdOf(params);
	const vote = await findVote(sql, id);
	if (!vote) error(404, { message: 'Not found', code: 'not_found' });
	const [count, eligible, voted, verification] = await Promise.all([
		turnout(sql, id),
		eligibleCount(sql, vote),
		locals.user ? hasVoted(sql, id, locals.user.id) : Promise.resolve(false),
		vote.state === 'closed' ? verifyTallyRecord(sql, id) : Promise.resolve(null)
	]);
	const now = Date.now();
	return {
		vote: {
			id: vote.id,
			title: vote.title,
			method: vote.method,
			budget: vote.budget,
			seats: vote.seats,
			quorumPercent: vote.quorumPercent,
			state: vote.state,
			accepting:
				vote.state === 'open' && vote.opensAt.getTime() <= now && now < vote.closesAt.getTime(),
			opensAt: vote.opensAt.toISOString(),
			closesAt: vote.closesAt.toISOString(),
			options: vote.options,
			result: vote.result,
			ballotListSha256: vote.ballotListSha256
		},
		turnout: count,
		eligible,
		voted,
		canVote: locals.user?.status === 'verified' && locals.user.communityId === vote.communityId,
		verification: verification && {
			valid: verification.valid,
			checks: verification.checks,
			recordId: verification.recordId
		}
	};
};

export const actions: Actions = {
	vote: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const choice = choiceFromForm(await request.formData());
		if (!choice) return fail(400, { message: councilErrorKey('invalid_choice') });
		const result = await castBallot(councilDeps(), user, voteIdOf(params), choice);
		if (!result.ok) return fail(409, { message: councilErrorKey(result.error) });
		return { receiptCode: result.value.receiptCode, pointsAwarded: result.value.pointsAwarded };
	},
	check: async ({ params, request }) => {
		const parsed = parseForm(receiptSchema, await request.formData());
		if (!parsed.ok) return fail(400, { checkErrors: parsed.errors });
		const result = await checkReceipt(councilDeps(), voteIdOf(params), parsed.data.code);
		if (!result.ok) return fail(404, { checkMessage: councilErrorKey(result.error) });
		return { check: result.value };
	}
};
