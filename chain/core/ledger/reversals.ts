import { err, ok, type Result } from '../shared';
import { breaksFloor, type Account } from './accounts';
import type { LedgerError } from './errors';
import { movement, post, type Effect, type Transfer } from './transfers';

export interface ReverseInput {
	id: string;
	original: Transfer | undefined;
	/** Whether some transfer already names the original in reversesId. */
	alreadyReversed: boolean;
	/** The original's accounts: `debit` here is the account the original credited. */
	originalDebit: Account | undefined;
	originalCredit: Account | undefined;
}

/**
 * Decides the reversal of a posted transfer: a new transfer of the same amount in the opposite
 * direction that names the original. Transfers are never edited, so this is the only way to
 * correct a mistake. The reversal debits the account the original credited, so it is refused
 * with 'exceeds_floor' when that account has since spent the money: the floor holds for
 * corrections too, and the committee must settle such a case another way.
 *
 * Holds are voided rather than reversed; a void moved nothing posted, so it has nothing to
 * reverse. A capture can be reversed: the captured amount goes back.
 *
 * Errors: 'transfer_not_found', 'cannot_reverse_reversal', 'cannot_reverse_pending',
 * 'already_reversed', 'account_not_found', 'exceeds_floor'.
 */
export function decideReverse(input: ReverseInput): Result<Effect, LedgerError> {
	const { original } = input;
	if (!original) return err('transfer_not_found');
	if (original.reversesId !== null) return err('cannot_reverse_reversal');
	if (original.pending || original.resolution === 'void') return err('cannot_reverse_pending');
	if (input.alreadyReversed) return err('already_reversed');
	const debit = input.originalCredit;
	const credit = input.originalDebit;
	if (!debit || !credit || debit.id !== original.creditAccountId) return err('account_not_found');
	if (breaksFloor(debit, original.amount)) return err('exceeds_floor');
	const pair = { debit, credit };
	const fields = { id: input.id, asset: original.asset, amount: original.amount };
	return ok({
		transfer: movement(fields, pair, { reversesId: original.id }),
		...post(pair, original.amount)
	});
}
