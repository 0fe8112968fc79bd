import { inclusionProof, type Receipt } from '$core/journal';
import { isRecordKind, type RecordKind } from '$core/records';
import type postgres from 'postgres';
import {
	BLOCK_COLUMNS,
	readEntryHashes,
	readPublicKeys,
	toBlock,
	toEntry,
	type Queryable
} from './journal.repository';
import { nativeSha256 } from './signing-key';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The receipt of one transfer or typed record (a closed vote's tally), or null when there is no
 * such thing. Its status says how far it has come: 'pending' (committed, still in the outbox),
 * 'journaled' (has an entry, no block yet), 'sealed' (in a signed block, with a Merkle proof),
 * 'anchored' (the block is on Fabric). Consistent under a concurrent drain: read in one snapshot.
 */
/**
 * A receipt as the server serves it. `inLedger: false` says the journal holds this transfer but
 * the ledger's table no longer does (someone deleted it behind the ledger's back): the journal's
 * evidence still checks, and the page says what is wrong.
 */
export type ServedReceipt = Receipt & { inLedger?: false };

export async function getReceipt(sql: postgres.Sql, id: string): Promise<ServedReceipt | null> {
	if (!UUID.test(id)) return null;
	const key = id.toLowerCase();
	return sql.begin('isolation level repeatable read read only', (tx) => readReceipt(tx, key));
}

type Subject = { transferId: string } | { recordId: string; recordKind: RecordKind };

/**
 * Whose id this is: a transfer's, a record's, a transfer only the journal still knows, or
 * nobody's. Transfers first: nearly all are.
 */
async function findSubject(
	tx: Queryable,
	id: string
): Promise<{ subject: Subject; inLedger: boolean } | null> {
	const [transfer] = await tx`select 1 from ledger_transfers where id = ${id}`;
	if (transfer) return { subject: { transferId: id }, inLedger: true };
	const [record] = await tx`select kind from ledger_records where id = ${id}`;
	if (record && isRecordKind(record.kind)) {
		return { subject: { recordId: id, recordKind: record.kind }, inLedger: true };
	}
	const [journaled] = await tx`select 1 from ledger_journal_entries where transfer_id = ${id}`;
	return journaled ? { subject: { transferId: id }, inLedger: false } : null;
}

async function readReceipt(tx: Queryable, id: string): Promise<ServedReceipt | null> {
	const found = await findSubject(tx, id);
	if (!found) return null;
	const receipt = await receiptOf(tx, found.subject, id);
	return found.inLedger ? receipt : { ...receipt, inLedger: false };
}

async function receiptOf(tx: Queryable, subject: Subject, id: string): Promise<Receipt> {
	const column = 'transferId' in subject ? 'transfer_id' : 'record_id';
	const [row] = await tx`
		select position, prev_hash, entry_hash, payload
		from ledger_journal_entries where ${tx(column)} = ${id}`;
	const empty = { ...subject, entry: null, block: null, proof: null, anchor: null };
	if (!row) return { ...empty, status: 'pending' };
	const entry = toEntry(row);
	const [blockRow] = await tx`
		select ${tx.unsafe(BLOCK_COLUMNS)} from ledger_blocks
		where first_position <= ${entry.position} and last_position >= ${entry.position}`;
	if (!blockRow) return { ...empty, status: 'journaled', entry };
	const { headerHash, signature, ...header } = toBlock(blockRow);
	const hashes = await readEntryHashes(tx, header.firstPosition, header.lastPosition);
	const leafIndex = entry.position - header.firstPosition;
	const [anchorRow] = await tx`
		select tx_id from ledger_block_anchors where block_number = ${header.number}`;
	return {
		...subject,
		status: anchorRow ? 'anchored' : 'sealed',
		entry,
		block: { header, headerHash, signature, keyId: header.keyId },
		proof: {
			leafIndex,
			treeSize: hashes.length,
			path: inclusionProof(hashes, leafIndex, nativeSha256)
		},
		anchor: anchorRow ? { txId: anchorRow.tx_id as string } : null
	};
}

export interface PublishedKey {
	keyId: string;
	algorithm: 'Ed25519';
	/** Raw 32-byte public key, hex. */
	publicKey: string;
}

/** Every key that has signed blocks, for GET /api/v1/ledger/keys and the /verify page. */
export async function listPublicKeys(sql: postgres.Sql): Promise<PublishedKey[]> {
	const keys = await readPublicKeys(sql);
	return Object.entries(keys).map(([keyId, publicKey]) => ({
		keyId,
		algorithm: 'Ed25519',
		publicKey
	}));
}
