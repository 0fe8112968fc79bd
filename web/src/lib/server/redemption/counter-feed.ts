import type { RedemptionDeps } from './deps';

/** A voucher as the counter's live list shows it: never the code, which is the resident's to show. */
export interface IncomingVoucher {
	id: string;
	offerTitle: string;
	points: number;
	status: 'issued' | 'used';
	createdAt: string;
}

/** How far back the counter's list reaches: a shift, not the partner's whole history. */
const WINDOW_HOURS = 12;
const LIMIT = 20;

/**
 * The partner's latest vouchers (issued or just used), newest first, for the counter page; it
 * reloads this list whenever `private-partner-{id}-counter` says a voucher was issued or used.
 */
export async function incomingVouchers(
	deps: Pick<RedemptionDeps, 'sql' | 'now'>,
	partnerId: number
): Promise<IncomingVoucher[]> {
	const since = new Date(deps.now().getTime() - WINDOW_HOURS * 3_600_000);
	const rows = await deps.sql<
		{ id: string; offerTitle: string; points: number; status: string; createdAt: Date }[]
	>`
		select v.id, o.title as "offerTitle", v.points, v.status::text as status,
			v.created_at as "createdAt"
		from vouchers v join offers o on o.id = v.offer_id
		where v.partner_id = ${partnerId} and v.status in ('issued', 'used')
			and v.created_at >= ${since.toISOString()}
		order by v.created_at desc, v.id
		limit ${LIMIT}`;
	return rows.map((r) => ({
		id: r.id,
		offerTitle: r.offerTitle,
		points: r.points,
		status: r.status === 'used' ? 'used' : 'issued',
		createdAt: new Date(r.createdAt).toISOString()
	}));
}
