import { poolRandomBytes } from '../crypto/random-pool';
import type postgres from 'postgres';
import { err, ok, type Result } from '../../../../../chain/core/shared';
import {
	isOfferOpen,
	monthKey,
	voucherExpiry,
	type RedeemError
} from '../../domain/redemption/redeem-rules';
import { voucherCodeFrom } from '../../domain/redemption/voucher-code';
import { partnerCounterChannel } from '../../realtime/channels';
import { uuidv7 } from '../ledger/ids';
import { partnerReceivable, residentPoints } from './accounts';
import type { RedemptionDeps } from './deps';
import { toDate } from './rows';
import { releaseReservation, type VoucherRow } from './vouchers.repository';

/**
 * `ledger_refused`: the posting service refused the hold for a reason other than the balance (an
 * account it cannot use); the resident is told to try later or ask the committee.
 */
export type RedeemServiceError = RedeemError | 'offer_not_found' | 'ledger_refused';

export interface Redeemer {
	id: number;
	communityId: number | null;
	status: string;
}

export interface Ask {
	who: Redeemer;
	offerId: number;
	requestKey: string;
}

/** The answer, or `alone`: this one must take the one-at-a-time path (a replayed key, a clash). */
export type BatchAnswer = Result<VoucherRow, RedeemServiceError> | 'alone';

/** The event partner counters receive when a voucher is issued or used. */
export const COUNTER_EVENT = { redeemed: 'voucher.redeemed', confirmed: 'voucher.confirmed' };

interface OfferRow {
	id: number;
	partnerId: number;
	pricePoints: number;
	stock: number | null;
	redeemed: number;
	monthlyLimit: number | null;
	validFrom: Date;
	validUntil: Date;
	voucherDays: number;
	status: 'draft' | 'live' | 'paused' | 'ended';
	title: string;
	partnerName: string;
}

interface Facts {
	offers: Map<number, OfferRow>;
	/** `${offerId}:${communityId}` of the offers open to those communities. */
	reach: Set<string>;
	available: Map<string, number>;
	/** `${userId}:${offerId}` → this month's count (offers with a monthly limit only). */
	counts: Map<string, number>;
}

interface Made {
	index: number;
	requestKey: string;
	voucher: VoucherRow;
}

const countKey = (userId: number, offerId: number) => `${userId}:${offerId}`;

/**
 * Redeems a turn's requests together (group commit, like the sorting recorder): one transaction
 * reserves stock and monthly counts and inserts every voucher, the holds go to the posting
 * service at once (so they share its next batch), and one update issues them. Each request is
 * decided on its own in arrival order, exactly as one at a time would be: the offers' rows are
 * locked first, so concurrent batches (of this or any other instance) queue as single requests do.
 * A request whose key was used before is left to the one-at-a-time path, which replays it, and
 * if the transaction fails (two instances raced for one key) every request of the batch is.
 */
export async function redeemBatch(deps: RedemptionDeps, asks: Ask[]): Promise<BatchAnswer[]> {
	const answers: (BatchAnswer | null)[] = asks.map(() => null);
	const replays = await earlierKeys(deps.sql, asks);
	const seen = new Set<string>();
	asks.forEach((a, i) => {
		const key = `${a.who.id}:${a.requestKey}`;
		if (replays.has(key) || seen.has(key)) answers[i] = 'alone';
		else if (a.who.status !== 'verified') answers[i] = err('not_verified');
		else if (a.who.communityId === null) answers[i] = err('not_in_community');
		seen.add(key);
	});
	const open = asks.flatMap((a, i) => (answers[i] === null ? [{ ask: a, index: i }] : []));
	if (open.length === 0) return answers as BatchAnswer[];
	const accounts = await Promise.all(open.map((o) => residentPoints(deps, o.ask.who.id)));
	let made: Made[];
	try {
		made = await deps.sql.begin((tx) => reserve(deps, tx, open, accounts, answers));
	} catch (error) {
		deps.log.warn('batch failed; its requests go one at a time', String(error));
		return asks.map(() => 'alone');
	}
	const issued = await placeHolds(
		deps,
		made.map((m) => m.voucher)
	);
	made.forEach((m, i) => (answers[m.index] = issued[i] ?? 'alone'));
	tellCounters(
		deps,
		made.filter((_, i) => issued[i]?.ok).map((m) => m.voucher)
	);
	return answers.map((a) => a ?? 'alone');
}

async function earlierKeys(sql: postgres.Sql, asks: Ask[]): Promise<Set<string>> {
	const keys = asks.map((a) => ({ u: a.who.id, k: a.requestKey }));
	const rows = await sql<{ key: string }[]>`
		select v.user_id || ':' || v.request_key as key
		from vouchers v join json_to_recordset(${JSON.stringify(keys)}::text::json) as r(u int, k text)
			on v.user_id = r.u and v.request_key = r.k`;
	return new Set(rows.map((r) => r.key));
}

/** Reads (and locks) what the batch needs, in one round trip. */
async function readFacts(
	tx: postgres.TransactionSql,
	open: { ask: Ask }[],
	accounts: string[],
	month: string
): Promise<Facts> {
	const offerIds = [...new Set(open.map((o) => o.ask.offerId))].sort((a, b) => a - b);
	const communities = [...new Set(open.map((o) => o.ask.who.communityId ?? 0))];
	const pairs = open.map((o) => ({ u: o.ask.who.id, o: o.ask.offerId }));
	const [offers, reach, available, counts] = await Promise.all([
		tx<OfferRow[]>`
			select o.id, o.partner_id as "partnerId", o.price_points as "pricePoints", o.stock,
				o.redeemed, o.monthly_limit as "monthlyLimit", o.valid_from as "validFrom",
				o.valid_until as "validUntil", o.voucher_days as "voucherDays", o.status, o.title,
				p.name as "partnerName"
			from offers o join partners p on p.id = o.partner_id
			where o.id = any(${offerIds}::int[]) order by o.id for update of o`.execute(),
		tx<{ key: string }[]>`
			select offer_id || ':' || community_id as key from offer_communities
			where offer_id = any(${offerIds}::int[]) and community_id = any(${communities}::int[])`.execute(),
		tx<{ id: string; available: string }[]>`
			select id, (credits_posted - debits_posted - debits_pending)::text as available
			from ledger_accounts where id = any(${[...new Set(accounts)]}::uuid[])`.execute(),
		// Locks this month's counts of the limited offers (a no-op update), in key order.
		tx<{ key: string; count: number }[]>`
			insert into redemption_counts (user_id, offer_id, month, count)
			select distinct r.u, r.o, ${month}, 0
			from json_to_recordset(${JSON.stringify(pairs)}::text::json) as r(u int, o int)
			join offers o on o.id = r.o and o.monthly_limit is not null
			order by r.u, r.o
			on conflict (user_id, offer_id, month) do update set count = redemption_counts.count
			returning user_id || ':' || offer_id as key, count`.execute()
	]);
	return {
		offers: new Map(
			offers.map((o) => [
				o.id,
				{ ...o, validFrom: toDate(o.validFrom), validUntil: toDate(o.validUntil) }
			])
		),
		reach: new Set(reach.map((r) => r.key)),
		available: new Map(available.map((a) => [a.id, Number(a.available)])),
		counts: new Map(counts.map((c) => [c.key, c.count]))
	};
}

/**
 * Decides each request in order against the locked facts (the same checks, in the same order,
 * as one at a time), then writes stock, counts and pending vouchers together.
 */
async function reserve(
	deps: RedemptionDeps,
	tx: postgres.TransactionSql,
	open: { ask: Ask; index: number }[],
	accounts: string[],
	answers: (BatchAnswer | null)[]
): Promise<Made[]> {
	const now = deps.now();
	const month = monthKey(now);
	const facts = await readFacts(tx, open, accounts, month);
	const taken = new Map<number, number>();
	const made: Made[] = [];
	open.forEach(({ ask, index }, i) => {
		const offer = facts.offers.get(ask.offerId);
		const account = accounts[i] ?? '';
		const refusal = refusalOf(ask, offer, facts, account, (offer && taken.get(offer.id)) ?? 0, now);
		if (refusal || !offer) {
			answers[index] = err(refusal ?? 'offer_not_found');
			return;
		}
		taken.set(offer.id, (taken.get(offer.id) ?? 0) + 1);
		const key = countKey(ask.who.id, offer.id);
		if (offer.monthlyLimit !== null) facts.counts.set(key, (facts.counts.get(key) ?? 0) + 1);
		facts.available.set(account, (facts.available.get(account) ?? 0) - offer.pricePoints);
		made.push({ index, requestKey: ask.requestKey, voucher: voucherOf(ask, offer, month, now) });
	});
	if (made.length === 0) return made;
	await writeReservations(tx, made, taken, facts, month);
	return made;
}

function refusalOf(
	ask: Ask,
	offer: OfferRow | undefined,
	facts: Facts,
	account: string,
	takenHere: number,
	now: Date
): RedeemServiceError | null {
	if (!offer) return 'offer_not_found';
	if (!isOfferOpen(offer, now)) return 'offer_not_live';
	if (!facts.reach.has(`${offer.id}:${ask.who.communityId}`)) return 'not_in_community';
	// A cheap early answer; the hold is what really enforces the balance.
	if ((facts.available.get(account) ?? 0) < offer.pricePoints) return 'insufficient_points';
	if (offer.stock !== null && offer.redeemed + takenHere >= offer.stock) return 'out_of_stock';
	const count = facts.counts.get(countKey(ask.who.id, offer.id)) ?? 0;
	if (offer.monthlyLimit !== null && count >= offer.monthlyLimit) return 'monthly_limit';
	return null;
}

function voucherOf(ask: Ask, offer: OfferRow, month: string, now: Date): VoucherRow {
	return {
		id: uuidv7(),
		code: voucherCodeFrom(poolRandomBytes(7)),
		offerId: offer.id,
		partnerId: offer.partnerId,
		userId: ask.who.id,
		communityId: ask.who.communityId ?? 0,
		points: offer.pricePoints,
		month,
		status: 'pending',
		holdId: null,
		captureId: null,
		expiresAt: voucherExpiry(now, offer.voucherDays, offer.validUntil),
		usedAt: null,
		createdAt: now,
		offerTitle: offer.title,
		partnerName: offer.partnerName
	};
}

async function writeReservations(
	tx: postgres.TransactionSql,
	made: Made[],
	taken: Map<number, number>,
	facts: Facts,
	month: string
): Promise<void> {
	const stock = [...taken].map(([id, n]) => ({ id, n }));
	const counts = [...facts.counts].map(([key, count]) => {
		const [u, o] = key.split(':').map(Number);
		return { u, o, count };
	});
	const rows = made.map(({ voucher: v, requestKey }) => ({
		id: v.id,
		code: v.code,
		offer_id: v.offerId,
		partner_id: v.partnerId,
		user_id: v.userId,
		community_id: v.communityId,
		request_key: requestKey,
		points: v.points,
		month,
		expires_at: v.expiresAt.toISOString(),
		created_at: v.createdAt.toISOString()
	}));
	await Promise.all([
		tx`update offers o set redeemed = o.redeemed + r.n
			from json_to_recordset(${JSON.stringify(stock)}::text::json) as r(id int, n int)
			where o.id = r.id and o.stock is not null`.execute(),
		tx`update redemption_counts c set count = r.count
			from json_to_recordset(${JSON.stringify(counts)}::text::json) as r(u int, o int, count int)
			where c.user_id = r.u and c.offer_id = r.o and c.month = ${month} and c.count <> r.count`.execute(),
		tx`insert into vouchers (id, code, offer_id, partner_id, user_id, community_id, request_key,
				points, month, status, expires_at, created_at)
			select r.id, r.code, r.offer_id, r.partner_id, r.user_id, r.community_id, r.request_key,
				r.points, r.month, 'pending', r.expires_at, r.created_at
			from json_to_recordset(${JSON.stringify(rows)}::text::json) as r(id uuid, code text,
				offer_id int, partner_id int, user_id int, community_id int, request_key text,
				points int, month text, expires_at timestamptz, created_at timestamptz)`.execute()
	]);
}

/** The hold of a pending voucher; its key is the voucher's, so a repeat finds the first hold. */
export async function holdFor(deps: RedemptionDeps, v: VoucherRow) {
	return deps.ledger.hold({
		debitAccountId: await residentPoints(deps, v.userId),
		creditAccountId: await partnerReceivable(deps, v.partnerId),
		asset: 'POINT',
		amount: v.points,
		expiresAt: v.expiresAt,
		idempotencyKey: `voucher:${v.id}:hold`,
		kind: 'redeem.hold',
		reference: `voucher:${v.id}/offer:${v.offerId}`,
		actorId: v.userId
	});
}

/** The ledger refused the hold: the voucher fails and its stock and count are given back. */
export async function failPending(
	deps: RedemptionDeps,
	v: VoucherRow,
	error: string
): Promise<RedeemServiceError> {
	deps.log.warn('hold refused', { voucherId: v.id, error });
	await deps.sql.begin(async (tx) => {
		const [locked] = await tx`select status from vouchers where id = ${v.id} for update`;
		if (locked?.status !== 'pending') return;
		await tx`update vouchers set status = 'failed' where id = ${v.id}`;
		await releaseReservation(tx, v);
	});
	return error === 'exceeds_floor' ? 'insufficient_points' : 'ledger_refused';
}

/** Holds every voucher at once (they share the posting service's next batch), then issues them. */
async function placeHolds(
	deps: RedemptionDeps,
	vouchers: VoucherRow[]
): Promise<Result<VoucherRow, RedeemServiceError>[]> {
	const holds = await Promise.all(vouchers.map((v) => holdFor(deps, v)));
	const held = holds.flatMap((h, i) => (h.ok ? [{ id: vouchers[i]?.id, hold: h.value.id }] : []));
	if (held.length > 0) {
		await deps.sql`update vouchers v set status = 'issued', hold_id = r.hold
			from json_to_recordset(${JSON.stringify(held)}::text::json) as r(id uuid, hold uuid)
			where v.id = r.id and v.status = 'pending'`;
	}
	const answers: Result<VoucherRow, RedeemServiceError>[] = [];
	for (const [i, v] of vouchers.entries()) {
		const h = holds[i];
		if (h?.ok) answers.push(ok({ ...v, status: 'issued', holdId: h.value.id }));
		else answers.push(err(await failPending(deps, v, h?.error ?? 'unknown')));
	}
	return answers;
}

/** Best effort and never throws: one event per partner and offer, however many were redeemed. */
function tellCounters(deps: RedemptionDeps, vouchers: VoucherRow[]): void {
	const events = new Map<string, { channel: string; event: string; data: unknown }>();
	for (const v of vouchers) {
		events.set(`${v.partnerId}:${v.offerId}`, {
			channel: partnerCounterChannel(v.partnerId),
			event: COUNTER_EVENT.redeemed,
			data: { offerId: v.offerId }
		});
	}
	if (events.size > 0) void deps.realtime.triggerBatch([...events.values()]);
}
