import type postgres from 'postgres';
import type { BlockHeader, JournalEntry, JournalTransfer } from '$core/journal';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

/** A connection or a transaction: every query here runs on either. */
export type Queryable = postgres.Sql | postgres.TransactionSql;
type Row = Record<string, unknown>;

// Single-writer lock for the journal; 7301 is the migration lock (db/migrate.ts) and 7302 the
// posting lock (ledger/batch.ts). Sharing 7302 made every drain stall all posting for its whole
// transaction; the drainer does not need it, as posting commits in seq order by itself.
export const JOURNAL_LOCK = ADVISORY_LOCKS.journal;

export interface ChainHead {
	position: number;
	entryHash: string;
}

export interface StoredBlock extends BlockHeader {
	headerHash: string;
	signature: string;
}

/**
 * Epoch milliseconds of a timestamp, truncated: the journal records times to the millisecond.
 * Read as a number because drizzle turns off postgres.js's date parsing on the shared pool.
 */
const epochMs = (column: string) =>
	`(extract(epoch from date_trunc('milliseconds', ${column})) * 1000)::bigint::text`;

/** Columns of ledger_transfers the canonical payload needs, amount as text (int8 > 2^53 safe). */
export const TRANSFER_COLUMNS = `t.id, t.debit_account_id, t.credit_account_id, t.asset, t.amount::text as amount,
	t.kind, t.reference, t.pending, t.pending_id, t.resolution, t.reverses_id,
	${epochMs('t.created_at')} as created_at_ms`;

export const BLOCK_COLUMNS = `number, first_position, last_position, merkle_root, last_entry_hash,
	prev_block_hash, header_hash, signature, key_id, ${epochMs('sealed_at')} as sealed_at_ms`;

export function toJournalTransfer(r: Row): JournalTransfer {
	return {
		id: r.id as string,
		debitAccountId: r.debit_account_id as string,
		creditAccountId: r.credit_account_id as string,
		asset: r.asset as JournalTransfer['asset'],
		amount: BigInt(r.amount as string),
		kind: r.kind as string,
		reference: r.reference as string | null,
		pending: r.pending as boolean,
		pendingId: r.pending_id as string | null,
		resolution: r.resolution as string | null,
		reversesId: r.reverses_id as string | null,
		createdAt: new Date(Number(r.created_at_ms))
	};
}

export function toEntry(r: Row): JournalEntry {
	return {
		position: Number(r.position),
		prevHash: r.prev_hash as string,
		entryHash: r.entry_hash as string,
		payload: r.payload as string
	};
}

export function toBlock(r: Row): StoredBlock {
	return {
		v: 1,
		number: Number(r.number),
		firstPosition: Number(r.first_position),
		lastPosition: Number(r.last_position),
		merkleRoot: r.merkle_root as string,
		lastEntryHash: r.last_entry_hash as string,
		prevBlockHash: r.prev_block_hash as string,
		sealedAt: new Date(Number(r.sealed_at_ms)).toISOString(),
		keyId: r.key_id as string,
		headerHash: r.header_hash as string,
		signature: r.signature as string
	};
}

export async function readHead(q: Queryable): Promise<ChainHead | null> {
	const [r] = await q`
		select position, entry_hash from ledger_journal_entries order by position desc limit 1`;
	return r ? { position: Number(r.position), entryHash: r.entry_hash as string } : null;
}

/** The oldest `limit` outbox rows with their transfers, in outbox seq order. */
export async function readOutbox(q: Queryable, limit: number): Promise<JournalTransfer[]> {
	const rows = await q`
		select ${q.unsafe(TRANSFER_COLUMNS)}
		from ledger_outbox o join ledger_transfers t on t.id = o.transfer_id
		order by o.seq limit ${limit}`;
	return rows.map(toJournalTransfer);
}

/** Inserts entries (consecutive positions) and removes their outbox rows, in one round trip each. */
export async function appendJournal(
	q: Queryable,
	entries: readonly JournalEntry[],
	transferIds: readonly string[]
): Promise<void> {
	const first = entries[0];
	if (!first) return;
	await q`
		insert into ledger_journal_entries (position, transfer_id, prev_hash, entry_hash, payload)
		select ${first.position}::bigint + u.ord - 1, u.transfer_id, u.prev_hash, u.entry_hash, u.payload
		from unnest(
			${transferIds as string[]}::uuid[],
			${entries.map((e) => e.prevHash)}::text[],
			${entries.map((e) => e.entryHash)}::text[],
			${entries.map((e) => e.payload)}::text[]
		) with ordinality as u(transfer_id, prev_hash, entry_hash, payload, ord)`;
	await q`delete from ledger_outbox where transfer_id = any(${transferIds as string[]}::uuid[])`;
}

export async function readLastBlock(q: Queryable): Promise<StoredBlock | null> {
	const [r] = await q`
		select ${q.unsafe(BLOCK_COLUMNS)} from ledger_blocks order by number desc limit 1`;
	return r ? toBlock(r) : null;
}

/** Age of the entry at `position` in ms (wall clock, so it grows within a long transaction). */
export async function entryAgeMs(q: Queryable, position: number): Promise<number | null> {
	const [r] = await q`
		select (extract(epoch from clock_timestamp() - created_at) * 1000)::float8 as age_ms
		from ledger_journal_entries where position = ${position}`;
	return r ? Number(r.age_ms) : null;
}

export async function readEntryHashes(q: Queryable, from: number, to: number): Promise<string[]> {
	const rows = await q`
		select entry_hash from ledger_journal_entries
		where position between ${from} and ${to} order by position`;
	return rows.map((r) => r.entry_hash as string);
}

export async function registerKey(q: Queryable, keyId: string, publicKey: string): Promise<void> {
	await q`
		insert into ledger_signing_keys (key_id, public_key) values (${keyId}, ${publicKey})
		on conflict do nothing`;
}

export async function insertBlock(q: Queryable, b: StoredBlock): Promise<void> {
	await q`
		insert into ledger_blocks (number, first_position, last_position, merkle_root, last_entry_hash,
			prev_block_hash, header_hash, signature, key_id, sealed_at)
		values (${b.number}, ${b.firstPosition}, ${b.lastPosition}, ${b.merkleRoot}, ${b.lastEntryHash},
			${b.prevBlockHash}, ${b.headerHash}, ${b.signature}, ${b.keyId}, ${b.sealedAt}::timestamptz)`;
}

/** Every published key, id → raw public key hex. */
export async function readPublicKeys(q: Queryable): Promise<Record<string, string>> {
	const rows = await q`select key_id, public_key from ledger_signing_keys order by created_at`;
	return Object.fromEntries(rows.map((r) => [r.key_id as string, r.public_key as string]));
}
