import { userChannel } from '../../realtime/channels';
import { NOTIFICATION_EVENT } from '../notifications/notify';
import type { RedemptionDeps } from './deps';
import type { VoucherRow } from './vouchers.repository';

type Voucher = Pick<VoucherRow, 'id' | 'userId' | 'offerTitle' | 'partnerName' | 'points'>;

interface Inserted {
	id: number;
	type: string;
	/** As text: drizzle, sharing the pool, replaces the driver's JSON parsing. */
	params: string;
	link: string;
	createdAt: string;
}

/**
 * Telling residents what happened to their vouchers. Each notice rides on the statement that
 * records the ledger id on the voucher (`capture_id` / `void_id`, set only while still null), as
 * one SQL statement: the notice exists exactly when this call recorded the outcome, so a replayed
 * capture or void (the expiry job finishing interrupted work) never tells the resident twice, and
 * the counter's confirmation costs no extra round trip. The live update follows without waiting,
 * like the counter's own events; the inbox row is the record.
 */
async function recordWithNotice(
	deps: RedemptionDeps,
	v: Voucher,
	column: 'capture_id' | 'void_id',
	ledgerId: string,
	notice: { type: string; params: Record<string, string | number> } | null
): Promise<boolean> {
	const type = notice?.type ?? null;
	const params = JSON.stringify(notice?.params ?? {});
	const rows = await deps.sql<(Inserted | { id: null })[]>`
		with recorded as (
			update vouchers set ${deps.sql(column)} = ${ledgerId}
			where id = ${v.id} and ${deps.sql(column)} is null
			returning user_id
		), noticed as (
			insert into notifications (user_id, type, params, link)
			select user_id, ${type}, ${params}::jsonb, ${`/vouchers/${v.id}`} from recorded
			where ${type}::text is not null
			returning id, type, params::text as params, link, to_json(created_at) #>> '{}' as "createdAt"
		)
		select n.id, n.type, n.params, n.link, n."createdAt" from recorded
		left join noticed n on true`;
	const row = rows[0];
	if (!row) return false;
	if (row.id !== null) {
		const event = { ...row, params: JSON.parse(row.params) as Record<string, string | number> };
		void deps.realtime.trigger(userChannel(v.userId), NOTIFICATION_EVENT, event);
	}
	return true;
}

/** Records the capture; the resident hears their voucher was used. True if this call did it. */
export function recordCapture(deps: RedemptionDeps, v: Voucher, captureId: string) {
	return recordWithNotice(deps, v, 'capture_id', captureId, {
		type: 'voucher_used',
		params: { offer: v.offerTitle, partner: v.partnerName, points: v.points }
	});
}

/**
 * Records the void that returned the points. The resident hears of an expiry, and of a
 * cancellation someone else made; cancelling one's own voucher already says so on the screen.
 */
export function recordVoid(
	deps: RedemptionDeps,
	v: Voucher & { status: VoucherRow['status'] },
	voidId: string,
	actorId: number
) {
	const params = { offer: v.offerTitle, points: v.points };
	const notice =
		v.status === 'expired'
			? { type: 'voucher_expired', params }
			: actorId !== v.userId
				? { type: 'voucher_cancelled', params }
				: null;
	return recordWithNotice(deps, v, 'void_id', voidId, notice);
}
