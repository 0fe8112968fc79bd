import type postgres from 'postgres';
import { PostingService } from '../../../web/src/lib/server/ledger/posting.service';
import { manualPayments } from '../../../web/src/lib/server/payments/manual';
import type { PaymentsPort } from '../../../web/src/lib/server/payments/port';
import type { RealtimeEvent, RealtimePort } from '../../../web/src/lib/server/realtime/realtime';
import type { RedemptionDeps } from '../../../web/src/lib/server/redemption/deps';

export interface Clock {
	now: Date;
}

/** Deps over the test database with a movable clock and a recording real-time port. */
export function testDeps(
	sql: postgres.Sql,
	options: { clock?: Clock; payments?: PaymentsPort } = {}
): RedemptionDeps & { events: RealtimeEvent[]; warnings: string[]; clock: Clock } {
	const clock = options.clock ?? { now: new Date() };
	const events: RealtimeEvent[] = [];
	const warnings: string[] = [];
	const realtime: RealtimePort = {
		trigger: async (channel, event, data) => {
			for (const c of [channel].flat()) events.push({ channel: c, event, data });
			return true;
		},
		triggerBatch: async (batch) => {
			events.push(...batch);
			return true;
		}
	};
	return {
		sql,
		ledger: new PostingService(sql, { now: () => clock.now }),
		payments: options.payments ?? manualPayments(),
		realtime,
		now: () => clock.now,
		log: { warn: (m) => void warnings.push(m), info: () => {} },
		events,
		warnings,
		clock
	};
}

let phoneSeq = 0;

/** A city → district → street → community chain; returns the community id and its path. */
export async function makeCommunity(
	sql: postgres.Sql,
	name = '测试社区'
): Promise<{ id: number; path: string }> {
	const [city] =
		await sql`insert into nodes (level, name) values ('city', ${`${name}市`}) returning id`;
	const [district] =
		await sql`insert into nodes (parent_id, level, name) values (${city!.id}, 'district', ${`${name}区`}) returning id`;
	const [street] =
		await sql`insert into nodes (parent_id, level, name) values (${district!.id}, 'street', ${`${name}街道`}) returning id`;
	const [community] = await sql<{ id: number; path: string }[]>`
		insert into nodes (parent_id, level, name) values (${street!.id}, 'community', ${name}) returning id, path`;
	return community!;
}

export async function makeUser(
	sql: postgres.Sql,
	input: { communityId: number | null; name?: string; status?: string }
): Promise<{ id: number; phone: string }> {
	phoneSeq++;
	const phone = `139${String(process.pid % 10000).padStart(4, '0')}${String(phoneSeq).padStart(4, '0')}`;
	const [row] = await sql<{ id: number }[]>`
		insert into users (phone, display_name, password_hash, community_id, status)
		values (${phone}, ${input.name ?? '王秀英'}, 'x', ${input.communityId}, ${input.status ?? 'verified'})
		returning id`;
	return { id: row!.id, phone };
}

/** Gives a resident points from the community's issuance account. */
export async function fund(
	deps: RedemptionDeps,
	userId: number,
	communityId: number,
	points: number
): Promise<void> {
	const from = await deps.ledger.ensureAccount({
		ownerType: 'community',
		ownerId: communityId,
		asset: 'POINT',
		kind: 'community_issuance'
	});
	const to = await deps.ledger.ensureAccount({
		ownerType: 'user',
		ownerId: userId,
		asset: 'POINT',
		kind: 'resident'
	});
	if (!from.ok || !to.ok) throw new Error('accounts');
	const t = await deps.ledger.transfer({
		debitAccountId: from.value.id,
		creditAccountId: to.value.id,
		asset: 'POINT',
		amount: points,
		idempotencyKey: `fund:${userId}:${Math.random()}`,
		kind: 'adjustment',
		reference: `test/user:${userId}`,
		actorId: 0
	});
	if (!t.ok) throw new Error(t.error);
}

export async function balanceOf(
	deps: RedemptionDeps,
	ownerType: string,
	ownerId: number,
	kind: string
) {
	const [row] = await deps.sql<{ posted: string; available: string }[]>`
		select credits_posted - debits_posted as posted, credits_posted - debits_posted - debits_pending as available
		from ledger_accounts where owner_type = ${ownerType} and owner_id = ${ownerId} and kind = ${kind} and asset = 'POINT'`;
	return { posted: Number(row?.posted ?? 0), available: Number(row?.available ?? 0) };
}
