import type postgres from 'postgres';
import type { PostingService } from '../ledger';
import { beijingMonth, type Queryable } from './deps';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

export type AwardKind = 'council.accepted' | 'council.passed' | 'council.vote';

export interface AwardInput {
	idempotencyKey: string;
	communityId: number;
	userId: number;
	amount: number;
	kind: AwardKind;
	reference: string;
	at: Date;
}

/** Records points owed, in the caller's transaction; nothing for a zero amount or a repeat. */
export async function owePoints(q: Queryable, a: AwardInput): Promise<void> {
	if (a.amount <= 0) return;
	await q`
		insert into council_point_awards (idempotency_key, community_id, user_id, amount, kind, reference, month)
		values (${a.idempotencyKey}, ${a.communityId}, ${a.userId}, ${a.amount}, ${a.kind}, ${a.reference},
			${beijingMonth(a.at)})
		on conflict (idempotency_key) do nothing`;
}

/**
 * The points a vote earns under the monthly cap. Takes a per-user lock so two ballots of one
 * person in two votes at the same moment cannot both squeeze under the cap.
 */
export async function voteAwardAmount(
	q: Queryable,
	userId: number,
	at: Date,
	perVote: number,
	monthlyCap: number
): Promise<number> {
	await q`select pg_advisory_xact_lock(${ADVISORY_LOCKS.councilAwards}, ${userId})`;
	const [r] = await q<{ total: number }[]>`
		select coalesce(sum(amount), 0)::int as total from council_point_awards
		where user_id = ${userId} and kind = 'council.vote' and month = ${beijingMonth(at)}`;
	return Math.max(0, Math.min(perVote, monthlyCap - (r?.total ?? 0)));
}

interface PendingAward {
	idempotencyKey: string;
	communityId: number;
	userId: number;
	amount: number;
	kind: string;
	reference: string;
}

/**
 * Moves owed points from the community's POINT pool to the residents through the posting
 * service. The idempotency key is the award's own, so a retry never pays twice. A refusal (an
 * empty pool) is kept on the row and retried by the sweep.
 */
export async function postPendingAwards(
	sql: postgres.Sql,
	posting: PostingService,
	filter: { keys?: string[] } = {}
): Promise<{ posted: number; refused: number }> {
	const keys = filter.keys ?? null;
	const rows = await sql<PendingAward[]>`
		select idempotency_key as "idempotencyKey", community_id as "communityId", user_id as "userId",
			amount, kind, reference
		from council_point_awards
		where transfer_id is null and (${keys}::text[] is null or idempotency_key = any(${keys}::text[]))
		order by created_at limit 500`;
	let posted = 0;
	let refused = 0;
	for (const award of rows) {
		const result = await postAward(sql, posting, award);
		if (result) posted += 1;
		else refused += 1;
	}
	return { posted, refused };
}

async function postAward(
	sql: postgres.Sql,
	posting: PostingService,
	a: PendingAward
): Promise<boolean> {
	const pool = await posting.ensureAccount({
		ownerType: 'community',
		ownerId: a.communityId,
		asset: 'POINT',
		kind: 'community_pool'
	});
	const resident = await posting.ensureAccount({
		ownerType: 'user',
		ownerId: a.userId,
		asset: 'POINT',
		kind: 'resident'
	});
	if (!pool.ok || !resident.ok) throw new Error('council: cannot open point accounts');
	const result = await posting.transfer({
		idempotencyKey: a.idempotencyKey,
		actorId: 0,
		kind: a.kind,
		reference: a.reference,
		debitAccountId: pool.value.id,
		creditAccountId: resident.value.id,
		asset: 'POINT',
		amount: a.amount
	});
	if (result.ok) {
		await sql`update council_point_awards set transfer_id = ${result.value.id}, last_error = null
			where idempotency_key = ${a.idempotencyKey}`;
		return true;
	}
	await sql`update council_point_awards set last_error = ${result.error}
		where idempotency_key = ${a.idempotencyKey}`;
	return false;
}
