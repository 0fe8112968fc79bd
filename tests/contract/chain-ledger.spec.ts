import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TransferRecord } from '../../chain/chaincode/batch';
import type { Rejection } from '../../chain/chaincode/errors';
import {
	ChainLedger,
	FabricAccessError,
	FabricUnavailableError,
	type RetryEvent,
	type TransferAnchor
} from '../../chain/gateway/chain-ledger';
import { drainOutbox, type AnchorOutbox } from '../../chain/gateway/drain';
import { backoffMs, classify, DEFAULT_RETRY } from '../../chain/gateway/retry';
import { loadBuiltChaincode, type ChaincodeModule } from './chaincode-build';
import { FakeContract } from './fake-contract';
import { FakePeer } from './fake-peer';
import { ACCOUNTS, AUDITOR, hold, PARTNER, resolve, transfer } from './records';

/** The outbox as the anchoring job sees it, kept in memory. */
class MemoryOutbox implements AnchorOutbox {
	readonly anchors = new Map<string, TransferAnchor>();
	readonly quarantined: { transferIds: string[]; rejection: Rejection }[] = [];
	private batches = 0;

	constructor(public waiting: TransferRecord[]) {}

	async next(limit: number) {
		if (this.waiting.length === 0) return null;
		this.batches += 1;
		const transfers = this.waiting.slice(0, limit);
		return { batchId: `b${this.batches}`, accounts: ACCOUNTS, transfers };
	}

	async anchored(_batchId: string, anchors: TransferAnchor[]) {
		for (const a of anchors) this.anchors.set(a.transferId, a);
		this.waiting = this.waiting.filter((t) => !this.anchors.has(t.id));
	}

	async quarantine(_batchId: string, transferIds: string[], rejection: Rejection) {
		this.quarantined.push({ transferIds, rejection });
		this.waiting = this.waiting.filter((t) => !transferIds.includes(t.id));
	}
}

let module: ChaincodeModule;
let peer: FakePeer;
let contract: FakeContract;
let retries: RetryEvent[];
let slept: number[];

beforeAll(async () => {
	module = await loadBuiltChaincode();
}, 120_000);

beforeEach(() => {
	peer = new FakePeer(module);
	contract = new FakeContract(peer);
	retries = [];
	slept = [];
});

function client(target = contract) {
	return new ChainLedger(target, {
		sleep: async (ms) => {
			slept.push(ms);
		},
		random: () => 1,
		onRetry: (e) => retries.push(e)
	});
}

const fund = transfer('t-fund', 'pool-p', 'alice-p', 1000);
const payments = (n: number) =>
	Array.from({ length: n }, (_, i) =>
		transfer(`p${String(i).padStart(3, '0')}`, 'alice-p', 'bob-p', 1)
	);

describe('drainOutbox', () => {
	it('should send batches of the configured size, in outbox order, and anchor every transfer', async () => {
		const outbox = new MemoryOutbox([fund, ...payments(249)]);
		const result = await drainOutbox(client(), outbox, { batchSize: 100 });
		expect(result).toEqual({ batches: 3, anchored: 250, quarantined: 0, more: false });
		expect(contract.submissions.map((s) => s.transferIds.length)).toEqual([100, 100, 50]);
		const sent = contract.submissions.flatMap((s) => s.transferIds);
		expect(sent).toEqual([fund, ...payments(249)].map((t) => t.id));
		expect(outbox.anchors.get('p248')).toEqual({
			transferId: 'p248',
			txId: 'tx000003',
			blockNumber: 3n
		});
		const alice = JSON.parse(
			(await peer.evaluate(AUDITOR, 'GetBalance', 'alice-p', 'POINT')).payload
		);
		expect(alice.posted).toBe(1000 - 249);
	});

	it('should send a hold before its capture, one committed batch after another', async () => {
		const h = hold('h1', 'alice-p', 'partner-p', 40);
		const outbox = new MemoryOutbox([fund, h, resolve('c1', h, 'capture')]);
		const result = await drainOutbox(client(), outbox, { batchSize: 1 });
		expect(result.anchored).toBe(3);
		expect(contract.submissions.map((s) => s.transferIds[0])).toEqual(['t-fund', 'h1', 'c1']);
		expect([...outbox.anchors.values()].map((a) => a.blockNumber)).toEqual([1n, 2n, 3n]);
	});

	it('should retry conflicts, unreachable peers and warm-up errors with growing, capped delays', async () => {
		contract.failNext('unreachable', 'discovery', 'orderer', 'mvcc');
		const outbox = new MemoryOutbox([fund]);
		const result = await drainOutbox(client(), outbox, { batchSize: 10 });
		expect(result.anchored).toBe(1);
		expect(retries.map((r) => r.reason)).toEqual([
			'unreachable',
			'discovery_warming_up',
			'orderer_warming_up',
			'mvcc_conflict'
		]);
		expect(slept).toEqual([200, 400, 800, 1600]);
		expect(backoffMs(DEFAULT_RETRY, 20, () => 1)).toBe(DEFAULT_RETRY.maxDelayMs);
		const history = JSON.parse((await peer.evaluate(AUDITOR, 'History', 'alice-p')).payload);
		expect(history).toHaveLength(1);
	});

	it('should anchor a transfer whose commit reply was lost to the transaction that recorded it', async () => {
		contract.failNext('lost_reply');
		const outbox = new MemoryOutbox([fund]);
		await drainOutbox(client(), outbox, { batchSize: 10 });
		expect(contract.submissions).toHaveLength(2);
		expect(outbox.anchors.get('t-fund')).toEqual({
			transferId: 't-fund',
			txId: 'tx000001',
			blockNumber: null
		});
		const alice = JSON.parse(
			(await peer.evaluate(AUDITOR, 'GetBalance', 'alice-p', 'POINT')).payload
		);
		expect(alice).toMatchObject({ posted: 1000, entries: 1 });
	});

	it('should give up after the last attempt and keep the outbox for later', async () => {
		contract.failNext(...Array<'unreachable'>(DEFAULT_RETRY.maxAttempts).fill('unreachable'));
		const outbox = new MemoryOutbox([fund]);
		await expect(drainOutbox(client(), outbox, { batchSize: 10 })).rejects.toBeInstanceOf(
			FabricUnavailableError
		);
		expect(outbox.waiting).toHaveLength(1);
		expect(slept).toHaveLength(DEFAULT_RETRY.maxAttempts - 1);
		expect(await drainOutbox(client(), outbox, { batchSize: 10 })).toMatchObject({ anchored: 1 });
	});

	it('should quarantine a transfer refused on rules once, and go on with the rest', async () => {
		const overdraft = transfer('t-over', 'bob-p', 'alice-p', 5);
		const later = transfer('t-later', 'alice-p', 'bob-p', 10);
		const outbox = new MemoryOutbox([fund, overdraft, later]);
		const result = await drainOutbox(client(), outbox, { batchSize: 10 });
		expect(result).toEqual({ batches: 2, anchored: 2, quarantined: 1, more: false });
		expect(outbox.quarantined).toEqual([
			{
				transferIds: ['t-over'],
				rejection: { code: 'exceeds_floor', index: 1, transferId: 't-over' }
			}
		]);
		expect(contract.submissions.map((s) => s.transferIds)).toEqual([
			['t-fund', 't-over', 't-later'],
			['t-fund', 't-later']
		]);
		expect(retries).toEqual([]);
	});

	it('should stop at the deadline and say more is waiting', async () => {
		let clock = 0;
		const outbox = new MemoryOutbox([fund, ...payments(5)]);
		const result = await drainOutbox(client(), outbox, {
			batchSize: 2,
			deadlineMs: 2,
			now: () => clock++
		});
		expect(result).toEqual({ batches: 2, anchored: 4, quarantined: 0, more: true });
	});

	it('should stop at once when the identity may not submit', async () => {
		const outbox = new MemoryOutbox([fund]);
		const asPartner = new FakeContract(peer, PARTNER);
		await expect(drainOutbox(client(asPartner), outbox, { batchSize: 10 })).rejects.toBeInstanceOf(
			FabricAccessError
		);
		expect(asPartner.submissions).toHaveLength(1);
	});
});

describe('ChainLedger reads', () => {
	it('should page through all balances and transfer ids, and return null for unknown transfers', async () => {
		await drainOutbox(client(), new MemoryOutbox([fund, ...payments(7)]), { batchSize: 3 });
		const ledger = client();
		expect(await ledger.allTransferIds(3)).toHaveLength(8);
		const balances = await ledger.allBalances(2);
		expect(balances.map((b) => b.accountId).sort()).toEqual(ACCOUNTS.map((a) => a.id).sort());
		expect(await ledger.getTransfer('nope')).toBeNull();
		expect(retries).toEqual([]);
	});
});

describe('classify', () => {
	const cases: [string, unknown, string][] = [
		[
			'chaincode refusal',
			new Error(
				'chaincode response 500, LINLI_REJECTED {"code":"exceeds_floor","index":0,"transferId":"x"}'
			),
			'rejected'
		],
		['denied', { message: 'LINLI_DENIED {"mspId":"X"}' }, 'denied'],
		['commit conflict', { name: 'CommitError', code: 11, message: 'invalid' }, 'mvcc_conflict'],
		[
			'policy failure at commit',
			{ name: 'CommitError', code: 10, message: 'invalid' },
			'endorsement_failure'
		],
		[
			'peer down',
			{ code: 14, message: '14 UNAVAILABLE: No connection established' },
			'unreachable'
		],
		[
			'orderer restarting',
			{ message: 'received unsuccessful response from orderer: SERVICE_UNAVAILABLE' },
			'orderer_warming_up'
		],
		[
			'endorsements differ',
			{ details: [{ message: 'ProposalResponsePayloads do not match' }] },
			'endorsement_failure'
		],
		['something else', new Error('boom'), 'unknown']
	];
	it.each(cases)('should read %s', (_name, error, expected) => {
		const f = classify(error);
		expect(f.kind === 'retry' ? f.reason : f.kind).toBe(expected);
	});
});
