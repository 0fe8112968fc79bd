import type { Command } from '../core/ledger/book';
import type { Transfer } from '../core/ledger/transfers';
import type { TransferRecord } from './batch';

/** A transfer as the ledger keeps it: the record plus where and when Fabric took it in. */
export interface LedgerTransfer extends TransferRecord {
	txId: string;
	/** The transaction's timestamp (ms), the same on every endorsing peer. */
	recordedAt: number;
}

/**
 * Turns a database record back into the request the core understands. The links say what it
 * was: a reversal names what it reverses, a capture or void names its hold, a hold is pending.
 */
export function toCommand(record: TransferRecord): Command {
	const { id } = record;
	if (record.reversesId !== null) return { op: 'reverse', id, transferId: record.reversesId };
	if (record.pendingId !== null && record.resolution === 'capture') {
		return { op: 'capture', id, holdId: record.pendingId, amount: record.amount };
	}
	if (record.pendingId !== null) return { op: 'void', id, holdId: record.pendingId };
	const pair = {
		id,
		debitAccountId: record.debitAccountId,
		creditAccountId: record.creditAccountId,
		asset: record.asset,
		amount: record.amount
	};
	return record.pending
		? { op: 'hold', ...pair, expiresAt: record.expiresAt }
		: { op: 'transfer', ...pair };
}

/**
 * Whether the record says what the core derived from it. The chaincode never trusts the caller:
 * a void of 5 points for a hold of 10, or a reversal between other accounts, is refused even
 * though the core would have recorded the right movement.
 */
export function matchesDerived(record: TransferRecord, derived: Transfer): boolean {
	return (
		record.debitAccountId === derived.debitAccountId &&
		record.creditAccountId === derived.creditAccountId &&
		record.asset === derived.asset &&
		record.amount === derived.amount &&
		record.pending === derived.pending &&
		record.pendingId === derived.pendingId &&
		record.resolution === derived.resolution &&
		record.expiresAt === derived.expiresAt &&
		record.reversesId === derived.reversesId
	);
}

/** The fields that make two submissions of one transfer id the same transfer. */
export function sameRecord(a: TransferRecord, b: TransferRecord): boolean {
	return (
		a.id === b.id &&
		a.kind === b.kind &&
		a.referenceSha256 === b.referenceSha256 &&
		a.createdAt === b.createdAt &&
		matchesDerived(a, toCoreTransfer(b))
	);
}

/** The core's view of a stored transfer, for loading a hold or a reversed transfer into a book. */
export function toCoreTransfer(t: TransferRecord): Transfer {
	return {
		id: t.id,
		debitAccountId: t.debitAccountId,
		creditAccountId: t.creditAccountId,
		asset: t.asset,
		amount: t.amount,
		pending: t.pending,
		pendingId: t.pendingId,
		resolution: t.resolution,
		expiresAt: t.expiresAt,
		reversesId: t.reversesId
	};
}
