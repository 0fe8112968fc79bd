import type postgres from 'postgres';
import type { Account, AccountKind, Asset, Resolution, Transfer } from '$core/ledger';
import type { HistoryEntry, HistoryQuery, LedgerAccount, PostedTransfer } from './types';

type Tx = postgres.TransactionSql;
type Row = Record<string, unknown>;

// postgres.js returns int8 as strings; every amount fits 2^53, so Number() is exact.
const num = (v: unknown) => Number(v);
const maybeNum = (v: unknown) => (v === null ? null : Number(v));
// Timestamps arrive as Date, except through some prepared paths where they arrive as text.
const date = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const maybeDate = (v: unknown) => (v === null ? null : date(v));

export function toAccount(r: Row): LedgerAccount {
	return {
		id: r.id as string,
		asset: r.asset as Asset,
		kind: r.kind as AccountKind,
		floor: maybeNum(r.floor),
		debitsPosted: num(r.debits_posted),
		creditsPosted: num(r.credits_posted),
		debitsPending: num(r.debits_pending),
		creditsPending: num(r.credits_pending),
		ownerType: r.owner_type as string,
		ownerId: num(r.owner_id),
		createdAt: date(r.created_at)
	};
}

export function toPosted(r: Row, replayed: boolean): PostedTransfer {
	return {
		id: r.id as string,
		seq: num(r.seq),
		idempotencyKey: r.idempotency_key as string,
		debitAccountId: r.debit_account_id as string,
		creditAccountId: r.credit_account_id as string,
		asset: r.asset as Asset,
		amount: num(r.amount),
		kind: r.kind as string,
		pending: r.pending as boolean,
		pendingId: r.pending_id as string | null,
		resolution: r.resolution as Resolution | null,
		expiresAt: maybeDate(r.expires_at),
		reversesId: r.reverses_id as string | null,
		reference: r.reference as string,
		actorId: num(r.actor_id),
		onBehalfOfId: maybeNum(r.on_behalf_of_id),
		createdAt: date(r.created_at),
		replayed
	};
}

/** The core's view of a stored transfer. */
export function toCore(t: PostedTransfer): Transfer {
	const { id, debitAccountId, creditAccountId, asset, amount, pending, pendingId } = t;
	const { resolution, reversesId } = t;
	const expiresAt = t.expiresAt ? t.expiresAt.getTime() : null;
	return {
		id,
		debitAccountId,
		creditAccountId,
		asset,
		amount,
		pending,
		pendingId,
		resolution,
		expiresAt,
		reversesId
	};
}

// The reads a batch pipelines send their statement at once (execute()), so statements go out in
// the order the functions are called.

/** Transfers already stored under any of `keys`, or with any of `ids` (holds, reversal targets). */
export function findTransfers(
	tx: Tx,
	keys: string[],
	ids: string[]
): Promise<{ transfer: PostedTransfer; requestHash: string }[]> {
	return tx`
		select * from ledger_transfers
		where idempotency_key = any(${keys}::text[]) or id = any(${ids}::uuid[])`
		.execute()
		.then((rows) =>
			rows.map((r) => ({ transfer: toPosted(r, true), requestHash: r.request_hash as string }))
		);
}

/**
 * Locks the accounts in id order. Every writer locks in the same order, so two batches touching
 * the same accounts wait for each other instead of deadlocking.
 */
export function lockAccounts(tx: Tx, ids: string[]): Promise<Account[]> {
	// Only what the core decides on: a batch locks thousands of accounts a second.
	return tx`
		select id, asset, kind, floor, debits_posted, credits_posted, debits_pending, credits_pending
		from ledger_accounts where id = any(${ids}::uuid[]) order by id for update`
		.execute()
		.then((rows) =>
			rows.map((r) => ({
				id: r.id as string,
				asset: r.asset as Asset,
				kind: r.kind as AccountKind,
				floor: maybeNum(r.floor),
				debitsPosted: num(r.debits_posted),
				creditsPosted: num(r.credits_posted),
				debitsPending: num(r.debits_pending),
				creditsPending: num(r.credits_pending)
			}))
		);
}

/** How the given holds were resolved and which of the given transfers were reversed. */
export async function findFollowUps(tx: Tx, ids: string[]) {
	const rows = await tx`
		select pending_id, resolution, reverses_id from ledger_transfers
		where pending_id = any(${ids}::uuid[]) or reverses_id = any(${ids}::uuid[])`;
	const resolutions = new Map<string, Resolution>();
	const reversed = new Set<string>();
	for (const r of rows) {
		if (r.pending_id) resolutions.set(r.pending_id as string, r.resolution as Resolution);
		if (r.reverses_id) reversed.add(r.reverses_id as string);
	}
	return { resolutions, reversed };
}

export interface NewTransferRow {
	id: string;
	idempotency_key: string;
	request_hash: string;
	debit_account_id: string;
	credit_account_id: string;
	asset: string;
	amount: number;
	kind: string;
	pending: boolean;
	pending_id: string | null;
	resolution: string | null;
	expires_at: string | null;
	reverses_id: string | null;
	reference: string;
	actor_id: number;
	on_behalf_of_id: number | null;
}

// JSON travels as text: once postgres.js has learnt the server's types, a parameter it sees as
// json would be JSON.stringify'd a second time and arrive as a scalar string.

/**
 * Writes a batch in one statement: the transfers, their outbox rows and the new totals of the
 * locked accounts. Rows travel as JSON parameters so the statement text never changes and stays
 * prepared; `ord` keeps seq in arrival order. Sent at once (execute()), so a COMMIT sent right
 * after it follows it on the wire.
 *
 * `xid` is the transaction that locked the accounts. Should the connection drop and postgres.js
 * hand this statement to a fresh session, it would run there outside that transaction, without
 * the locks; comparing transaction ids makes it write nothing instead.
 */
export function writeBatch(
	tx: Tx,
	rows: NewTransferRow[],
	accounts: Account[],
	at: Date,
	xid: string
): Promise<PostedTransfer[]> {
	const transfers = JSON.stringify(rows.map((r, ord) => ({ ...r, ord })));
	const balances = JSON.stringify(
		accounts.map((a) => ({
			id: a.id,
			dp: a.debitsPosted,
			cp: a.creditsPosted,
			dq: a.debitsPending,
			cq: a.creditsPending
		}))
	);
	const statement = tx`
		with ins as (
			insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id,
				credit_account_id, asset, amount, kind, pending, pending_id, resolution, expires_at,
				reverses_id, reference, actor_id, on_behalf_of_id, created_at)
			select r.id, r.idempotency_key, r.request_hash, r.debit_account_id, r.credit_account_id,
				r.asset, r.amount, r.kind, r.pending, r.pending_id, r.resolution, r.expires_at,
				r.reverses_id, r.reference, r.actor_id, r.on_behalf_of_id, ${at.toISOString()}::timestamptz
			from json_to_recordset(${transfers}::text::json) as r(id uuid,
				idempotency_key text, request_hash text, debit_account_id uuid, credit_account_id uuid,
				asset text, amount bigint, kind text, pending boolean, pending_id uuid, resolution text,
				expires_at timestamptz, reverses_id uuid, reference text, actor_id int,
				on_behalf_of_id int, ord int)
			where pg_current_xact_id() = ${xid}::xid8
			order by r.ord
			returning id, seq, created_at
		), outbox as (
			insert into ledger_outbox (transfer_id, seq, created_at)
			select id, seq, created_at from ins
		), balances as (
			update ledger_accounts a set debits_posted = v.dp, credits_posted = v.cp,
				debits_pending = v.dq, credits_pending = v.cq
			from json_to_recordset(${balances}::text::json)
				as v(id uuid, dp bigint, cp bigint, dq bigint, cq bigint)
			-- The id list lets the planner probe the primary key rather than scan every account.
			where a.id = v.id and a.id = any(${accounts.map((a) => a.id)}::uuid[])
				and pg_current_xact_id() = ${xid}::xid8
		)
		select id, seq from ins`.execute();
	// Only the generated seq comes back; the rest is what was sent, which saves parsing it again.
	return statement.then((inserted) => {
		const seqs = new Map(inserted.map((r) => [r.id as string, num(r.seq)]));
		return rows.map((r) => toPosted({ ...r, seq: seqs.get(r.id), created_at: at }, false));
	});
}

export async function selectAccounts(sql: postgres.Sql, ids: string[]): Promise<LedgerAccount[]> {
	const rows = await sql`select * from ledger_accounts where id = any(${ids}::uuid[])`;
	return rows.map(toAccount);
}

/** One page of an account's transfers, newest first, keyed on seq so pages never shift. */
export async function selectHistory(sql: postgres.Sql, q: HistoryQuery): Promise<HistoryEntry[]> {
	const rows = await sql`
		select * from ledger_transfers
		where (debit_account_id = ${q.accountId} or credit_account_id = ${q.accountId})
			${q.asset ? sql`and asset = ${q.asset}` : sql``}
			${q.kind ? sql`and kind = ${q.kind}` : sql``}
			${q.from ? sql`and created_at >= ${q.from.toISOString()}::timestamptz` : sql``}
			${q.to ? sql`and created_at < ${q.to.toISOString()}::timestamptz` : sql``}
			${q.cursor != null ? sql`and seq < ${q.cursor}` : sql``}
		order by seq desc
		limit ${q.limit + 1}`;
	return rows.map((r) => {
		const { replayed: _replayed, ...t } = toPosted(r, false);
		return { ...t, direction: t.creditAccountId === q.accountId ? 'in' : 'out' };
	});
}
