import type postgres from 'postgres';
import { withDates } from './rows';

type Executor = postgres.Sql | postgres.TransactionSql;

export interface VoucherRow {
	id: string;
	code: string;
	offerId: number;
	partnerId: number;
	userId: number;
	communityId: number;
	points: number;
	month: string;
	status: 'pending' | 'issued' | 'used' | 'cancelled' | 'expired' | 'failed';
	holdId: string | null;
	captureId: string | null;
	expiresAt: Date;
	usedAt: Date | null;
	createdAt: Date;
	offerTitle: string;
	partnerName: string;
}

const COLUMNS = `v.id, v.code, v.offer_id as "offerId", v.partner_id as "partnerId", v.user_id as "userId",
	v.community_id as "communityId", v.points, v.month, v.status, v.hold_id as "holdId",
	v.capture_id as "captureId", v.expires_at as "expiresAt", v.used_at as "usedAt",
	v.created_at as "createdAt", o.title as "offerTitle", p.name as "partnerName"`;
const DATES = ['expiresAt', 'usedAt', 'createdAt'] as const;
const FROM = `from vouchers v join offers o on o.id = v.offer_id join partners p on p.id = v.partner_id`;

export async function voucherById(
	sql: Executor,
	id: string,
	lock = false
): Promise<VoucherRow | null> {
	const rows = await sql.unsafe<VoucherRow[]>(
		`select ${COLUMNS} ${FROM} where v.id = $1 ${lock ? 'for update of v' : ''}`,
		[id]
	);
	return withDates(rows, DATES)[0] ?? null;
}

export async function voucherByCode(
	sql: Executor,
	code: string,
	lock = false
): Promise<VoucherRow | null> {
	const rows = await sql.unsafe<VoucherRow[]>(
		`select ${COLUMNS} ${FROM} where v.code = $1 ${lock ? 'for update of v' : ''}`,
		[code]
	);
	return withDates(rows, DATES)[0] ?? null;
}

export async function vouchersOfUser(sql: Executor, userId: number): Promise<VoucherRow[]> {
	const rows = await sql.unsafe<VoucherRow[]>(
		`select ${COLUMNS} ${FROM} where v.user_id = $1 and v.status <> 'failed'
		order by v.created_at desc limit 100`,
		[userId]
	);
	return withDates(rows, DATES);
}

/**
 * Gives a voucher's unit of stock and its count against the monthly limit back, in the same
 * transaction that ends the voucher, so stock is never lost nor counted twice.
 */
export async function releaseReservation(
	tx: postgres.TransactionSql,
	v: VoucherRow
): Promise<void> {
	await tx`update offers set redeemed = redeemed - 1 where id = ${v.offerId} and stock is not null`;
	await tx`update redemption_counts set count = count - 1
		where user_id = ${v.userId} and offer_id = ${v.offerId} and month = ${v.month} and count > 0`;
}
