import {
	appendEntries,
	buildHeader,
	encodeHeader,
	encodeRecord,
	encodeTransfer,
	headerHash,
	utf8
} from '$core/journal';
import type { JournalConfig } from './config';
import {
	JOURNAL_LOCK,
	appendJournal,
	entryAgeMs,
	insertBlock,
	readEntryHashes,
	readHead,
	readLastBlock,
	readOutbox,
	registerKey,
	type ChainHead,
	type Queryable
} from './journal.repository';
import { appendRecordEntries, readRecordOutbox } from './records.repository';
import { nativeSha256, type SigningKey } from './signing-key';
import type postgres from 'postgres';

export interface DrainResult {
	journaled: number;
	sealed: number;
	/** True when the batch was full: more outbox rows are probably waiting. */
	more: boolean;
	/** When unsealed entries remain: how long until the oldest is due for sealing. */
	sealDueInMs: number | null;
}

type Options = Pick<JournalConfig, 'batchSize' | 'blockSize' | 'sealAfterMs'> & { key: SigningKey };

/**
 * One drain step, all in one transaction so a crash loses or duplicates nothing: take the
 * journal lock (one writer across every app instance; a second drainer waits, then continues
 * the chain the first one left), journal the oldest outbox rows (records, then transfers), delete
 * them, seal due blocks.
 */
export async function drainOnce(sql: postgres.Sql, options: Options): Promise<DrainResult> {
	return sql.begin(async (tx) => {
		await tx`select pg_advisory_xact_lock(${JOURNAL_LOCK})`;
		const head = await readHead(tx);
		// Typed records (rare: a closed vote's tally) go first, then transfers: two statements,
		// so the transfer insert is the same as before records existed.
		const records = await readRecordOutbox(tx, options.batchSize);
		const recordEntries = appendEntries(head, records.map(encodeRecord), nativeSha256);
		await appendRecordEntries(
			tx,
			recordEntries,
			records.map((r) => r.id)
		);
		const afterRecords = recordEntries[recordEntries.length - 1] ?? head;
		const transfers = await readOutbox(tx, options.batchSize);
		const payloads = transfers.map((t) => encodeTransfer(t, nativeSha256));
		const entries = appendEntries(afterRecords, payloads, nativeSha256);
		await appendJournal(
			tx,
			entries,
			transfers.map((t) => t.id)
		);
		const last = entries[entries.length - 1] ?? afterRecords;
		const newHead = last ? { position: last.position, entryHash: last.entryHash } : null;
		const { sealed, sealDueInMs } = await sealDue(tx, newHead, options);
		return {
			journaled: recordEntries.length + entries.length,
			sealed,
			more: transfers.length === options.batchSize || records.length === options.batchSize,
			sealDueInMs
		};
	});
}

/** Seals full blocks, then a partial one if its oldest entry has waited sealAfterMs. */
async function sealDue(
	tx: Queryable,
	head: ChainHead | null,
	options: Options
): Promise<{ sealed: number; sealDueInMs: number | null }> {
	let sealed = 0;
	let prev = await readLastBlock(tx);
	const top = head?.position ?? 0;
	for (;;) {
		const from = (prev?.lastPosition ?? 0) + 1;
		const unsealed = top - from + 1;
		if (unsealed <= 0) return { sealed, sealDueInMs: null };
		if (unsealed < options.blockSize) {
			const age = (await entryAgeMs(tx, from)) ?? 0;
			if (age < options.sealAfterMs) return { sealed, sealDueInMs: options.sealAfterMs - age };
		}
		const to = from + Math.min(unsealed, options.blockSize) - 1;
		prev = await sealBlock(tx, prev, await readEntryHashes(tx, from, to), options.key);
		sealed += 1;
	}
}

async function sealBlock(
	tx: Queryable,
	prev: { number: number; lastPosition: number; headerHash: string } | null,
	entryHashes: string[],
	key: SigningKey
) {
	await registerKey(tx, key.keyId, key.publicKey);
	const header = buildHeader(
		{ prev, entryHashes, sealedAt: new Date(), keyId: key.keyId },
		nativeSha256
	);
	const block = {
		...header,
		headerHash: headerHash(header, nativeSha256),
		signature: key.sign(utf8(encodeHeader(header)))
	};
	await insertBlock(tx, block);
	return block;
}
