/**
 * A deliberately naive model of the ledger, written apart from chain/core so the model-based test
 * is not the core checking itself: plain balances, a list of transfers, and the rules spelled out
 * once more in the order the service reports them.
 */
export type Asset = 'HOUR' | 'POINT';
export type Outcome =
	{ ok: true; id: string | null; replayOf: string | null } | { ok: false; error: string };

export interface ModelAccount {
	asset: Asset;
	floor: number | null;
	posted: number;
	held: number;
}

export interface ModelTransfer {
	id: string;
	type: 'transfer' | 'hold' | 'capture' | 'void' | 'reversal';
	debit: number;
	credit: number;
	amount: number;
	expiresAt: number | null;
	state: 'open' | 'capture' | 'void' | null;
	reversed: boolean;
}

export type Op =
	| { t: 'transfer'; from: number; to: number; asset: Asset; amount: number }
	| { t: 'hold'; from: number; to: number; asset: Asset; amount: number; expiresAt: number | null }
	| { t: 'capture'; holdId: string; amount?: number }
	| { t: 'void'; holdId: string }
	| { t: 'reverse'; transferId: string };

const okAmount = (n: number) => Number.isSafeInteger(n) && n > 0;

export class LedgerModel {
	readonly transfers = new Map<string, ModelTransfer>();
	/** Successful request content per idempotency key, and the transfer it made. */
	readonly keys = new Map<string, { content: string; id: string }>();

	constructor(readonly accounts: ModelAccount[]) {}

	/** Applies one request, as the service must: first the key, then the rules. */
	apply(key: string, op: Op, now: number, newId: () => string): Outcome {
		const content = JSON.stringify(op);
		const known = this.keys.get(key);
		if (known) {
			return known.content === content
				? { ok: true, id: known.id, replayOf: known.id }
				: { ok: false, error: 'idempotency_key_conflict' };
		}
		const outcome = this.#rules(op, now, newId);
		if (outcome.ok && outcome.id) this.keys.set(key, { content, id: outcome.id });
		return outcome;
	}

	#rules(op: Op, now: number, newId: () => string): Outcome {
		if (op.t === 'transfer' || op.t === 'hold') return this.#move(op, now, newId());
		if (op.t === 'reverse') return this.#reverse(op.transferId, newId());
		const hold = this.transfers.get(op.holdId);
		if (!hold || hold.type !== 'hold') return { ok: false, error: 'hold_not_found' };
		if (hold.state === 'capture') return { ok: false, error: 'hold_already_captured' };
		if (hold.state === 'void') return { ok: false, error: 'hold_already_voided' };
		const debit = this.accounts[hold.debit] as ModelAccount;
		const credit = this.accounts[hold.credit] as ModelAccount;
		let amount = hold.amount;
		if (op.t === 'capture') {
			if (hold.expiresAt !== null && now >= hold.expiresAt) {
				return { ok: false, error: 'hold_expired' };
			}
			amount = op.amount ?? hold.amount;
			if (!okAmount(amount)) return { ok: false, error: 'amount_not_positive_integer' };
			if (amount > hold.amount) return { ok: false, error: 'capture_exceeds_hold' };
			debit.posted -= amount;
			credit.posted += amount;
		}
		debit.held -= hold.amount;
		hold.state = op.t;
		return this.#record({ type: op.t, debit: hold.debit, credit: hold.credit, amount }, newId());
	}

	#move(op: Extract<Op, { t: 'transfer' | 'hold' }>, now: number, id: string): Outcome {
		const debit = this.accounts[op.from];
		const credit = this.accounts[op.to];
		if (!okAmount(op.amount)) return { ok: false, error: 'amount_not_positive_integer' };
		if (debit && credit && op.from === op.to) {
			return { ok: false, error: 'accounts_must_be_different' };
		}
		if (!debit || !credit) return { ok: false, error: 'account_not_found' };
		if (debit.asset !== op.asset || credit.asset !== op.asset) {
			return { ok: false, error: 'asset_mismatch' };
		}
		const expiresAt = op.t === 'hold' ? op.expiresAt : null;
		if (expiresAt !== null && expiresAt <= now) return { ok: false, error: 'expiry_not_in_future' };
		if (debit.floor !== null && debit.posted - debit.held - op.amount < debit.floor) {
			return { ok: false, error: 'exceeds_floor' };
		}
		if (op.t === 'hold') debit.held += op.amount;
		else {
			debit.posted -= op.amount;
			credit.posted += op.amount;
		}
		return this.#record(
			{ type: op.t, debit: op.from, credit: op.to, amount: op.amount, expiresAt },
			id
		);
	}

	#reverse(transferId: string, id: string): Outcome {
		const original = this.transfers.get(transferId);
		if (!original) return { ok: false, error: 'transfer_not_found' };
		if (original.type === 'reversal') return { ok: false, error: 'cannot_reverse_reversal' };
		if (original.type === 'hold' || original.type === 'void') {
			return { ok: false, error: 'cannot_reverse_pending' };
		}
		if (original.reversed) return { ok: false, error: 'already_reversed' };
		const payer = this.accounts[original.credit] as ModelAccount;
		if (payer.floor !== null && payer.posted - payer.held - original.amount < payer.floor) {
			return { ok: false, error: 'exceeds_floor' };
		}
		payer.posted -= original.amount;
		(this.accounts[original.debit] as ModelAccount).posted += original.amount;
		original.reversed = true;
		const back = {
			type: 'reversal' as const,
			debit: original.credit,
			credit: original.debit,
			amount: original.amount
		};
		return this.#record(back, id);
	}

	/** Gives a transfer the id the service chose, once its answer is in. */
	rename(placeholder: string, id: string): void {
		const t = this.transfers.get(placeholder);
		if (!t) return;
		this.transfers.delete(placeholder);
		this.transfers.set(id, { ...t, id });
		for (const entry of this.keys.values()) if (entry.id === placeholder) entry.id = id;
	}

	#record(
		t: Pick<ModelTransfer, 'type' | 'debit' | 'credit' | 'amount'> & { expiresAt?: number | null },
		id: string
	): Outcome {
		const state = t.type === 'hold' ? 'open' : null;
		this.transfers.set(id, { expiresAt: null, ...t, id, state, reversed: false });
		return { ok: true, id, replayOf: null };
	}
}
