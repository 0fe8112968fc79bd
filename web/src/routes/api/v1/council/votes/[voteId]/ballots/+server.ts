import { json } from '@sveltejs/kit';
import { encodeBallotList } from '$lib/domain/council';
import { councilDeps, findVote, publishedBallots } from '$lib/server/council';
import type { RequestHandler } from './$types';

/**
 * The anonymised ballot list of a closed vote, for anyone to recount: receipt hash and choice,
 * sorted by receipt hash. JSON carries the rules needed to recount and the exact canonical text
 * whose SHA-256 is in the tally record; `?format=csv` gives a spreadsheet-friendly copy.
 */
export const GET: RequestHandler = async ({ params, url }) => {
	const { sql } = councilDeps();
	const voteId = Number(params.voteId);
	const vote = Number.isSafeInteger(voteId) && voteId > 0 ? await findVote(sql, voteId) : null;
	if (!vote) return json({ error: 'vote_not_found' }, { status: 404 });
	if (vote.state !== 'closed') return json({ error: 'vote_not_closed' }, { status: 409 });
	const ballots = await publishedBallots(sql, voteId);
	if (url.searchParams.get('format') === 'csv') {
		const lines = ballots.map((b) =>
			'answer' in b.choice
				? `${b.receiptHash},${b.choice.answer}`
				: `${b.receiptHash},${b.choice.approve.join(' ')}`
		);
		return new Response(['receipt_hash,choice', ...lines].join('\n') + '\n', {
			headers: {
				'content-type': 'text/csv; charset=utf-8',
				'content-disposition': `attachment; filename="vote-${voteId}-ballots.csv"`
			}
		});
	}
	return json({
		voteId,
		method: vote.method,
		options: vote.options.map(({ proposalId, cost }) => ({ proposalId, cost })),
		budget: vote.budget,
		seats: vote.seats,
		quorumPercent: vote.quorumPercent,
		ballotListSha256: vote.ballotListSha256,
		canonical: encodeBallotList(ballots),
		ballots
	});
};
