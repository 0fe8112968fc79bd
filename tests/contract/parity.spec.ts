import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TransferRecord } from '../../chain/chaincode/batch';
import { parseChaincodeFailure } from '../../chain/chaincode/errors';
import type { Balance } from '../../chain/chaincode/ledger.contract';
import { newAccount, type Asset } from '../../chain/core/ledger/accounts';
import { emptyBook, execute, type Book, type Command } from '../../chain/core/ledger/book';
import { loadBuiltChaincode, type ChaincodeModule } from './chaincode-build';
import { FakePeer } from './fake-peer';
import { ACCOUNTS, AUDITOR, batch, CREATED_AT, PLATFORM } from './records';

/** What a random step asks for; `back` points at a recent earlier step (maybe a refused one). */
type Intent =
	| { op: 'transfer' | 'hold'; asset: Asset; from: number; to: number; amount: number; ttl: number }
	| { op: 'capture' | 'void' | 'reverse'; back: number; amount: number };

const STEPS = 50;
const accountsOf = (asset: Asset) => ACCOUNTS.filter((a) => a.asset === asset).map((a) => a.id);

const intent: fc.Arbitrary<Intent> = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.record({
			op: fc.constantFrom('transfer' as const, 'hold' as const),
			asset: fc.constantFrom<Asset>('POINT', 'HOUR'),
			from: fc.nat(3),
			to: fc.nat(3),
			amount: fc.integer({ min: 1, max: 400 }),
			ttl: fc.integer({ min: 0, max: 20 })
		})
	},
	{
		weight: 3,
		arbitrary: fc.record({
			op: fc.constantFrom('capture' as const, 'void' as const, 'reverse' as const),
			back: fc.nat(6),
			amount: fc.integer({ min: 1, max: 400 })
		})
	}
);

/** The command the core runs directly, and the record the database would have written. */
function toRequest(book: Book, it: Intent, i: number): Command {
	const id = `x${String(i).padStart(3, '0')}`;
	if (!('back' in it)) {
		const ids = accountsOf(it.asset);
		const pair = {
			id,
			debitAccountId: ids[it.from % ids.length] as string,
			creditAccountId: ids[it.to % ids.length] as string,
			asset: it.asset,
			amount: it.amount
		};
		const expiresAt = it.ttl === 0 ? null : createdAt(i) + it.ttl * 1000;
		return it.op === 'hold' ? { op: 'hold', ...pair, expiresAt } : { op: 'transfer', ...pair };
	}
	const named = `x${String(i - 1 - it.back).padStart(3, '0')}`;
	if (it.op === 'reverse') return { op: 'reverse', id, transferId: named };
	const amount = book.transfers.get(named)?.amount;
	const capture = amount === undefined ? it.amount : Math.min(amount, it.amount);
	return it.op === 'capture'
		? { op: 'capture', id, holdId: named, amount: capture }
		: { op: 'void', id, holdId: named };
}

/** Steps are a second apart and end before the fake peer's clock. */
const createdAt = (i: number) => CREATED_AT - (STEPS - i) * 1000;

/** A refused request as a record: the accounts of a missing named transfer do not matter. */
function refusedRecord(command: Command, book: Book, i: number): TransferRecord {
	const named =
		'holdId' in command ? command.holdId : 'transferId' in command ? command.transferId : null;
	const base = named ? book.transfers.get(named) : undefined;
	const isPair = command.op === 'transfer' || command.op === 'hold';
	return {
		id: command.id,
		kind: 'adjustment',
		asset: isPair ? command.asset : (base?.asset ?? 'POINT'),
		amount: isPair || command.op === 'capture' ? (command.amount ?? 1) : (base?.amount ?? 1),
		debitAccountId: isPair ? command.debitAccountId : (base?.debitAccountId ?? 'alice-p'),
		creditAccountId: isPair ? command.creditAccountId : (base?.creditAccountId ?? 'bob-p'),
		pending: command.op === 'hold',
		pendingId: command.op === 'capture' || command.op === 'void' ? command.holdId : null,
		resolution: command.op === 'capture' || command.op === 'void' ? command.op : null,
		expiresAt: command.op === 'hold' ? command.expiresAt : null,
		reversesId: command.op === 'reverse' ? command.transferId : null,
		referenceSha256: null,
		createdAt: createdAt(i)
	};
}

let module: ChaincodeModule;
/** How often each kind of step was accepted or refused over all runs: the mix must be rich. */
const seen = new Map<string, number>();
const count = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);

beforeAll(async () => {
	module = await loadBuiltChaincode();
}, 120_000);

describe('parity between the core and the chaincode', () => {
	it('should give the same balances and the same refusals for random batches', async () => {
		const property = fc.asyncProperty(
			fc.array(intent, { minLength: STEPS, maxLength: STEPS }),
			fc.integer({ min: 1, max: 12 }),
			async (intents, batchSize) => {
				const book = emptyBook();
				for (const a of ACCOUNTS) {
					book.accounts.set(a.id, newAccount(a.id, a.asset, a.kind, a.floor));
				}
				const peer = new FakePeer(module);
				let pending: TransferRecord[] = [];
				const flush = async () => {
					if (pending.length === 0) return;
					const r = await peer.submit(PLATFORM, 'RecordTransfers', batch(pending));
					expect(r.status, r.message).toBe(200);
					pending = [];
				};
				for (const [i, it] of intents.entries()) {
					const command = toRequest(book, it, i);
					const result = execute(book, command, createdAt(i));
					count(`${command.op}:${result.ok ? 'ok' : 'refused'}`);
					if (result.ok) {
						const t = result.value.transfer;
						pending.push({
							...t,
							kind: 'mutual_aid',
							referenceSha256: null,
							createdAt: createdAt(i)
						});
						if (pending.length >= batchSize) await flush();
						continue;
					}
					await flush();
					const r = await peer.submit(
						PLATFORM,
						'RecordTransfers',
						batch([refusedRecord(command, book, i)])
					);
					expect(parseChaincodeFailure(r.message)).toEqual({
						kind: 'rejected',
						rejection: { code: result.error, index: 0, transferId: command.id }
					});
				}
				await flush();
				const ids = ACCOUNTS.map((a) => a.id);
				const read = await peer.evaluate(AUDITOR, 'GetBalances', JSON.stringify(ids));
				const chain = (JSON.parse(read.payload) as { balances: Balance[] }).balances;
				const core = ids.map((id) => book.accounts.get(id));
				expect(
					chain.map((b) => [b.accountId, b.posted, b.pendingDebits, b.pendingCredits])
				).toEqual(
					core.map((a) => [
						a?.id,
						(a?.creditsPosted ?? 0) - (a?.debitsPosted ?? 0),
						a?.debitsPending,
						a?.creditsPending
					])
				);
			}
		);
		await fc.assert(property, { seed: 20260105, numRuns: 30 });
		for (const op of ['transfer', 'hold', 'capture', 'void', 'reverse']) {
			expect(seen.get(`${op}:ok`), op).toBeGreaterThan(5);
			expect(seen.get(`${op}:refused`), op).toBeGreaterThan(5);
		}
	});
});
