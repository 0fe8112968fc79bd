import { randomBytes } from 'node:crypto';
import {
	checkEligibility,
	checkWindow,
	formatReceiptCode,
	RECEIPT_SYMBOLS,
	receiptHash,
	validateBallot,
	type Choice
} from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import { voteChannel } from '../../realtime/channels';
import type { AccessUser } from '../access/guards';
import { nativeSha256 } from '../journal/signing-key';
import { owePoints, postPendingAwards, voteAwardAmount } from './awards';
import { toDateOrNull, type CouncilDeps } from './deps';
import type { CouncilError } from './errors';
import { readSettings } from './settings';
import { findVote, rulesOf, turnout } from './votes.repository';

/** The event on `private-vote-{id}`: turnout only, never how anyone voted. */
export const TURNOUT_EVENT = 'turnout';

export interface CastReceipt {
	/** Shown once to the voter; only its hash is stored. */
	receiptCode: string;
	receiptHash: string;
	pointsAwarded: number;
}

/**
 * Casts a secret ballot. In one transaction: the vote row is share-locked (closing takes it
 * exclusively, so no ballot slips in after the count), the voter is checked against the roll,
 * the participation row is inserted — its primary key (vote, user) refuses a second ballot, even
 * one racing this one — and the ballot goes into the box with nothing but a receipt hash and the
 * choice. Vote points are owed in the same transaction (key names the voter, not the choice) and
 * paid after commit.
 * Errors: 'not_found', 'vote_not_open', 'vote_closed', 'not_verified', 'wrong_community',
 * 'verified_after_opening', 'already_voted', 'invalid_choice', 'unknown_option', 'over_budget'.
 */
export async function castBallot(
	deps: CouncilDeps,
	user: AccessUser,
	voteId: number,
	choice: Choice
): Promise<Result<CastReceipt, CouncilError>> {
	const now = deps.now();
	const code = formatReceiptCode(randomBytes(RECEIPT_SYMBOLS));
	const hash = receiptHash(voteId, code, nativeSha256);
	if (hash === null) throw new Error('a fresh receipt code must normalise');
	const awardKey = `council:vote:${voteId}:voter:${user.id}`;
	const result = await deps.sql.begin(async (tx): Promise<Result<CastReceipt, CouncilError>> => {
		const vote = await findVote(tx, voteId, 'share');
		if (!vote) return err('not_found');
		if (vote.state !== 'open') return err('vote_closed');
		const window = checkWindow(vote, now);
		if (!window.ok) return window;
		const [voter] =
			await tx`select status::text as status, community_id as "communityId", status_changed_at as "statusChangedAt" from users where id = ${user.id}`;
		if (!voter) return err('not_verified');
		const eligible = checkEligibility(
			{
				status: voter.status as AccessUser['status'],
				communityId: voter.communityId as number | null,
				statusChangedAt: toDateOrNull(voter.statusChangedAt)
			},
			vote
		);
		if (!eligible.ok) return eligible;
		const valid = validateBallot(rulesOf(vote), choice);
		if (!valid.ok) return valid;
		const inserted = await tx`
			insert into council_vote_participation (vote_id, user_id, cast_at)
			values (${voteId}, ${user.id}, ${now.toISOString()}::timestamptz)
			on conflict do nothing returning 1`;
		if (inserted.length === 0) return err('already_voted');
		await tx`insert into council_ballot_box (receipt_hash, vote_id, choice)
			values (${hash}, ${voteId}, ${JSON.stringify(valid.value)}::jsonb)`;
		const settings = await readSettings(tx, vote.communityId);
		const amount = await voteAwardAmount(
			tx,
			user.id,
			now,
			settings.pointsPerVote,
			settings.votePointsMonthlyCap
		);
		await owePoints(tx, {
			idempotencyKey: awardKey,
			communityId: vote.communityId,
			userId: user.id,
			amount,
			kind: 'council.vote',
			reference: `council-vote:${voteId}`,
			at: now
		});
		return ok({ receiptCode: code, receiptHash: hash, pointsAwarded: amount });
	});
	if (result.ok) {
		await postPendingAwards(deps.sql, deps.posting, { keys: [awardKey] });
		await deps.realtime.trigger(voteChannel(voteId), TURNOUT_EVENT, {
			turnout: await turnout(deps.sql, voteId)
		});
	}
	return result;
}

export type ReceiptCheck = { status: 'in_box' } | { status: 'counted'; choice: Choice };

/**
 * Looks a receipt code up. While the vote is open the ballot is only confirmed as received (its
 * content would be a live result); once closed, the counted ballot and its choice are shown.
 * Errors: 'invalid_receipt' (not a code), 'receipt_not_found'.
 */
export async function checkReceipt(
	deps: CouncilDeps,
	voteId: number,
	code: string
): Promise<Result<ReceiptCheck, CouncilError>> {
	const hash = receiptHash(voteId, code, nativeSha256);
	if (hash === null) return err('invalid_receipt');
	const [sealed] = await deps.sql<{ choice: string }[]>`
		select choice::text as choice from council_ballots where vote_id = ${voteId} and receipt_hash = ${hash}`;
	if (sealed) return ok({ status: 'counted', choice: JSON.parse(sealed.choice) as Choice });
	const [boxed] =
		await deps.sql`select 1 from council_ballot_box where vote_id = ${voteId} and receipt_hash = ${hash}`;
	return boxed ? ok({ status: 'in_box' }) : err('receipt_not_found');
}
