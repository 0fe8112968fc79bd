import {
	GENESIS_HASH,
	encodeTransfer,
	headerHash,
	merkleRoot,
	verifyChain,
	verifyHeaderSignature,
	type ChainError
} from '$core/journal';
import type postgres from 'postgres';
import {
	BLOCK_COLUMNS,
	TRANSFER_COLUMNS,
	readEntryHashes,
	readPublicKeys,
	toBlock,
	toEntry,
	toJournalTransfer,
	type ChainHead,
	type Queryable,
	type StoredBlock
} from './journal.repository';
import { RECORD_COLUMNS } from './records.repository';
import { nativeSha256 } from './signing-key';
import { checkRecordEntry, checkRecords } from './verify-records';

/**
 * What can be wrong, in the order it is checked: entries (position order), then blocks, then the
 * match between transfers and journal.
 */
export type JournalProblem =
	| ChainError
	| 'transfer_missing'
	| 'record_missing'
	| 'record_malformed'
	| 'payload_mismatch'
	| 'block_gap'
	| 'block_prev_mismatch'
	| 'block_beyond_journal'
	| 'merkle_root_mismatch'
	| 'last_entry_hash_mismatch'
	| 'header_hash_mismatch'
	| 'key_unknown'
	| 'signature_invalid'
	| 'transfer_not_journaled'
	| 'record_not_journaled'
	| 'journaled_still_in_outbox';

export interface JournalCounts {
	entries: number;
	blocks: number;
	/** Transfers and records still waiting in the outbox (not yet journaled: expected, not a problem). */
	outbox: number;
}

export type JournalReport =
	| ({ ok: true } & JournalCounts)
	| ({
			ok: false;
			problem: JournalProblem;
			/** The journal position of the first bad entry (or the first position of a bad block). */
			position: number | null;
			block: number | null;
			transferId: string | null;
			recordId: string | null;
	  } & JournalCounts);

/** Where a failed report points, for people: `position 9, block 2, transfer …`. */
export function placeOf(report: Extract<JournalReport, { ok: false }>): string {
	return [
		report.position !== null ? `position ${report.position}` : null,
		report.block !== null ? `block ${report.block}` : null,
		report.transferId !== null ? `transfer ${report.transferId}` : null,
		report.recordId !== null ? `record ${report.recordId}` : null
	]
		.filter(Boolean)
		.join(', ');
}

const PAGE = 5000;

export type Failure = {
	problem: JournalProblem;
	position?: number;
	block?: number;
	transferId?: string;
	recordId?: string;
};

/**
 * Checks the whole journal against itself and against ledger_transfers and ledger_records, in one read-only
 * snapshot so a drainer writing meanwhile cannot cause a false alarm. Stops at the first problem.
 */
export async function verifyJournal(sql: postgres.Sql): Promise<JournalReport> {
	const result = await sql.begin('isolation level repeatable read read only', async (tx) => {
		const counts: JournalCounts = { entries: 0, blocks: 0, outbox: 0 };
		const failure =
			(await checkEntries(tx, counts)) ??
			(await checkBlocks(tx, counts)) ??
			(await checkTransfers(tx, counts));
		return { counts, failure };
	});
	const { counts, failure } = result;
	if (!failure) return { ok: true, ...counts };
	return {
		ok: false,
		problem: failure.problem,
		position: failure.position ?? null,
		block: failure.block ?? null,
		transferId: failure.transferId ?? null,
		recordId: failure.recordId ?? null,
		...counts
	};
}

async function checkEntries(tx: Queryable, counts: JournalCounts): Promise<Failure | null> {
	let head: ChainHead | null = null;
	for (;;) {
		const rows = await tx`
			select e.position, e.prev_hash, e.entry_hash, e.payload, e.transfer_id, e.record_id,
				${tx.unsafe(TRANSFER_COLUMNS)}, ${tx.unsafe(RECORD_COLUMNS)}
			from ledger_journal_entries e left join ledger_transfers t on t.id = e.transfer_id
				left join ledger_records r on r.id = e.record_id
			where e.position > ${head?.position ?? 0} order by e.position limit ${PAGE}`;
		for (const r of rows) {
			const entry = toEntry(r);
			const chain = verifyChain(head, [entry], nativeSha256);
			if (!chain.ok) return { problem: chain.error, position: chain.position };
			const failure = r.record_id === null ? checkTransferEntry(r) : checkRecordEntry(r);
			if (failure) return { ...failure, position: entry.position };
			head = entry;
			counts.entries += 1;
		}
		if (rows.length < PAGE) return null;
	}
}

export type Row = Record<string, unknown>;

function checkTransferEntry(r: Row): Failure | null {
	const transferId = r.transfer_id as string;
	if (r.id === null) return { problem: 'transfer_missing', transferId };
	const expected = encodeTransfer(toJournalTransfer(r), nativeSha256);
	return expected === r.payload ? null : { problem: 'payload_mismatch', transferId };
}

async function checkBlocks(tx: Queryable, counts: JournalCounts): Promise<Failure | null> {
	const keys = await readPublicKeys(tx);
	const rows = await tx`select ${tx.unsafe(BLOCK_COLUMNS)} from ledger_blocks order by number`;
	let prev: StoredBlock | null = null;
	for (const r of rows) {
		const b = toBlock(r);
		const failure = await checkBlock(tx, b, prev, keys, counts.entries);
		if (failure) return { ...failure, block: b.number, position: b.firstPosition };
		prev = b;
		counts.blocks += 1;
	}
	return null;
}

async function checkBlock(
	tx: Queryable,
	b: StoredBlock,
	prev: StoredBlock | null,
	keys: Record<string, string>,
	journalLength: number
): Promise<Pick<Failure, 'problem'> | null> {
	if (b.number !== (prev?.number ?? 0) + 1 || b.firstPosition !== (prev?.lastPosition ?? 0) + 1) {
		return { problem: 'block_gap' };
	}
	if (b.prevBlockHash !== (prev?.headerHash ?? GENESIS_HASH)) {
		return { problem: 'block_prev_mismatch' };
	}
	if (b.lastPosition > journalLength) return { problem: 'block_beyond_journal' };
	const hashes = await readEntryHashes(tx, b.firstPosition, b.lastPosition);
	if (merkleRoot(hashes, nativeSha256) !== b.merkleRoot) return { problem: 'merkle_root_mismatch' };
	if (hashes[hashes.length - 1] !== b.lastEntryHash) return { problem: 'last_entry_hash_mismatch' };
	if (headerHash(b, nativeSha256) !== b.headerHash) return { problem: 'header_hash_mismatch' };
	const key = keys[b.keyId];
	if (!key) return { problem: 'key_unknown' };
	const signature = await verifyHeaderSignature(b, b.signature, key);
	return signature === 'valid' ? null : { problem: 'signature_invalid' };
}

async function checkTransfers(tx: Queryable, counts: JournalCounts): Promise<Failure | null> {
	const [outbox] = await tx`
		select (select count(*) from ledger_outbox) + (select count(*) from ledger_record_outbox) as n`;
	counts.outbox = Number(outbox?.n ?? 0);
	const [lost] = await tx`
		select t.id from ledger_transfers t
		where not exists (select 1 from ledger_journal_entries e where e.transfer_id = t.id)
			and not exists (select 1 from ledger_outbox o where o.transfer_id = t.id)
		order by t.seq limit 1`;
	if (lost) return { problem: 'transfer_not_journaled', transferId: lost.id as string };
	const [twice] = await tx`
		select e.position, e.transfer_id from ledger_outbox o
		join ledger_journal_entries e on e.transfer_id = o.transfer_id order by e.position limit 1`;
	if (twice) {
		const transferId = twice.transfer_id as string;
		return { problem: 'journaled_still_in_outbox', position: Number(twice.position), transferId };
	}
	return checkRecords(tx);
}
