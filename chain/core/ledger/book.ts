import type { EpochMs, Result } from '../shared';
import type { Account, Asset } from './accounts';
import type { LedgerError } from './errors';
import { decideCapture, decideVoid } from './holds';
import { decideReverse } from './reversals';
import {
	decideHold,
	decideTransfer,
	type Effect,
	type Resolution,
	type Transfer
} from './transfers';

/** The five requests the ledger understands; ids are chosen by the caller (determinism). */
export type Command =
	| {
			op: 'transfer';
			id: string;
			debitAccountId: string;
			creditAccountId: string;
			asset: Asset;
			amount: number;
	  }
	| {
			op: 'hold';
			id: string;
			debitAccountId: string;
			creditAccountId: string;
			asset: Asset;
			amount: number;
			expiresAt: EpochMs | null;
	  }
	| { op: 'capture'; id: string; holdId: string; amount?: number | undefined }
	| { op: 'void'; id: string; holdId: string }
	| { op: 'reverse'; id: string; transferId: string };

/**
 * The part of the ledger a batch of commands works on: locked accounts, the transfers they name,
 * and which holds are resolved and which transfers reversed. The posting service loads one from
 * PostgreSQL per batch; the chaincode from world state; tests keep one for the whole run.
 */
export interface Book {
	readonly accounts: Map<string, Account>;
	readonly transfers: Map<string, Transfer>;
	readonly resolutions: Map<string, Resolution>;
	readonly reversed: Set<string>;
}

export function emptyBook(): Book {
	return { accounts: new Map(), transfers: new Map(), resolutions: new Map(), reversed: new Set() };
}

/** The earlier transfer a command names (the hold to resolve, the transfer to reverse). */
export function namedTransferId(command: Command): string | null {
	if (command.op === 'capture' || command.op === 'void') return command.holdId;
	if (command.op === 'reverse') return command.transferId;
	return null;
}

/** The accounts a command touches, given the transfer it names (if any). */
export function touchedAccountIds(command: Command, named: Transfer | undefined): string[] {
	if (command.op === 'transfer' || command.op === 'hold') {
		return [command.debitAccountId, command.creditAccountId];
	}
	return named ? [named.debitAccountId, named.creditAccountId] : [];
}

/**
 * Decides a command against the book without changing it.
 *
 * Errors: see decideTransfer, decideHold, decideCapture, decideVoid and decideReverse.
 */
export function decide(book: Book, command: Command, now: EpochMs): Result<Effect, LedgerError> {
	const { accounts, transfers } = book;
	if (command.op === 'transfer' || command.op === 'hold') {
		const input = {
			id: command.id,
			debit: accounts.get(command.debitAccountId),
			credit: accounts.get(command.creditAccountId),
			asset: command.asset,
			amount: command.amount
		};
		return command.op === 'transfer'
			? decideTransfer(input)
			: decideHold({ ...input, expiresAt: command.expiresAt, now });
	}
	if (command.op === 'reverse') {
		const original = transfers.get(command.transferId);
		return decideReverse({
			id: command.id,
			original,
			alreadyReversed: book.reversed.has(command.transferId),
			originalDebit: original && accounts.get(original.debitAccountId),
			originalCredit: original && accounts.get(original.creditAccountId)
		});
	}
	const hold = transfers.get(command.holdId);
	const input = {
		id: command.id,
		hold,
		resolvedAs: book.resolutions.get(command.holdId),
		debit: hold && accounts.get(hold.debitAccountId),
		credit: hold && accounts.get(hold.creditAccountId),
		now
	};
	return command.op === 'capture'
		? decideCapture({ ...input, amount: command.amount })
		: decideVoid(input);
}

/** Records a decided effect in the book (the in-memory working set; mutates it). */
export function apply(book: Book, effect: Effect): void {
	const { transfer } = effect;
	book.accounts.set(effect.debit.id, effect.debit);
	book.accounts.set(effect.credit.id, effect.credit);
	book.transfers.set(transfer.id, transfer);
	if (transfer.pendingId && transfer.resolution) {
		book.resolutions.set(transfer.pendingId, transfer.resolution);
	}
	if (transfer.reversesId) book.reversed.add(transfer.reversesId);
}

/** Decides and, on success, applies. */
export function execute(book: Book, command: Command, now: EpochMs): Result<Effect, LedgerError> {
	const result = decide(book, command, now);
	if (result.ok) apply(book, result.value);
	return result;
}
