import { and, desc, eq, sql } from 'drizzle-orm';
import { aidPosts } from '../../../../../db/schema';
import type { TimebankDeps } from './deps';

/** A volunteer is inactive after this long without attending anything. */
const INACTIVE_DAYS = 90;

export interface MonthRow {
	month: string;
	minutes: number;
}

/**
 * The time bank's health in one community: what was issued, what residents hold (the sum of
 * positive balances is the community's outstanding promise), the service delivered per month,
 * who is at the credit limit, who stopped volunteering, and the open disputes.
 */
export async function timebankHealth(deps: TimebankDeps, communityId: number) {
	const db = deps.db;
	const [issued] = await db.execute<{ minutes: string | null }>(sql`
		select sum(debits_posted - credits_posted) as minutes from ledger_accounts
		where owner_type = 'community' and owner_id = ${communityId} and asset = 'HOUR'
			and kind = 'community_issuance'`);
	const residents = sql`(select id from users where community_id = ${communityId})`;
	const [outstanding] = await db.execute<{ minutes: string | null }>(sql`
		select sum(greatest(credits_posted - debits_posted, 0)) as minutes from ledger_accounts
		where owner_type = 'user' and asset = 'HOUR' and kind = 'resident' and owner_id in ${residents}`);
	const atLimit = await db.execute<{ id: number; name: string; balance: string }>(sql`
		select u.id, u.display_name as name, a.credits_posted - a.debits_posted - a.debits_pending as balance
		from ledger_accounts a join users u on u.id = a.owner_id
		where a.owner_type = 'user' and a.asset = 'HOUR' and a.kind = 'resident'
			and u.community_id = ${communityId} and a.floor is not null
			and a.credits_posted - a.debits_posted - a.debits_pending <= a.floor + 60
		order by balance`);
	const delivered = await db.execute<{ month: string; minutes: string }>(sql`
		select month, sum(minutes) as minutes from (
			select to_char(at.confirmed_at, 'YYYY-MM') as month, at.confirmed_minutes as minutes
			from attendance at join activity_slots s on s.id = at.slot_id
				join activities a on a.id = s.activity_id
			where a.community_id = ${communityId} and at.confirmed_minutes is not null
			union all
			select to_char(recorded_at, 'YYYY-MM'), recorded_minutes from aid_posts
			where community_id = ${communityId} and status in ('confirmed', 'resolved')
				and transfer_id is not null
		) m group by month order by month desc limit 12`);
	const inactive = await db.execute<{ id: number; name: string; last: string }>(sql`
		select u.id, u.display_name as name, max(at.check_in_at)::text as last
		from attendance at join users u on u.id = at.user_id
		where u.community_id = ${communityId}
		group by u.id, u.display_name
		having max(at.check_in_at) < ${new Date(deps.now().getTime() - INACTIVE_DAYS * 86_400_000).toISOString()}::timestamptz
		order by last`);
	const disputes = await db
		.select()
		.from(aidPosts)
		.where(and(eq(aidPosts.communityId, communityId), eq(aidPosts.status, 'disputed')))
		.orderBy(desc(aidPosts.createdAt));
	return {
		issuedMinutes: Number(issued?.minutes ?? 0),
		outstandingMinutes: Number(outstanding?.minutes ?? 0),
		deliveredByMonth: delivered.map((r): MonthRow => ({
			month: r.month,
			minutes: Number(r.minutes)
		})),
		atLimit: atLimit.map((r) => ({ id: r.id, name: r.name, balance: Number(r.balance) })),
		inactive: [...inactive],
		disputes
	};
}
