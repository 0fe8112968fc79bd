import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Balance } from '../../chain/chaincode/ledger.contract';
import { parseChaincodeFailure } from '../../chain/chaincode/errors';
import { loadBuiltChaincode, type ChaincodeModule } from './chaincode-build';
import { FakePeer, type Invocation } from './fake-peer';
import {
	account,
	ACCOUNTS,
	AUDITOR,
	batch,
	CREATED_AT,
	hold,
	PARTNER,
	PLATFORM,
	resolve,
	reverse,
	STRANGER,
	transfer
} from './records';

let module: ChaincodeModule;
let peer: FakePeer;

beforeAll(async () => {
	module = await loadBuiltChaincode();
}, 120_000);

beforeEach(() => {
	peer = new FakePeer(module);
});

const fund = transfer('t-fund', 'pool-p', 'alice-p', 100, { kind: 'sorting.reward' });

async function balance(id: string, asset = id.endsWith('-h') ? 'HOUR' : 'POINT') {
	const r = await peer.evaluate(AUDITOR, 'GetBalance', id, asset);
	expect(r.status, r.message).toBe(200);
	return JSON.parse(r.payload) as Balance;
}

function rejection(r: Invocation) {
	expect(r.status).toBe(500);
	const failure = parseChaincodeFailure(r.message);
	if (failure?.kind !== 'rejected') throw new Error(`not a rejection: ${r.message}`);
	return failure.rejection;
}

describe('RecordTransfers', () => {
	it('should record a batch, keep balances and emit one event', async () => {
		const pay = transfer('t-pay', 'alice-p', 'bob-p', 30, { kind: 'mutual_aid' });
		const r = await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, pay]));
		expect(r.status, r.message).toBe(200);
		expect(JSON.parse(r.payload)).toMatchObject({ recorded: ['t-fund', 't-pay'], skipped: [] });
		expect((await balance('alice-p')).posted).toBe(70);
		expect((await balance('bob-p')).posted).toBe(30);
		expect((await balance('pool-p')).posted).toBe(-100);
		expect(peer.events).toHaveLength(1);
		expect(JSON.parse(peer.events[0]?.payload ?? '')).toMatchObject({
			batchId: 'batch-1',
			recorded: ['t-fund', 't-pay']
		});
		const stored = await peer.evaluate(PARTNER, 'GetTransfer', 't-pay');
		expect(JSON.parse(stored.payload)).toMatchObject({
			amount: 30,
			kind: 'mutual_aid',
			txId: 'tx000001',
			recordedAt: peer.timeMs
		});
	});

	it('should skip transfers already on the ledger, so a retried batch moves nothing twice', async () => {
		expect((await peer.submit(PLATFORM, 'RecordTransfers', batch([fund]))).status).toBe(200);
		const more = transfer('t-more', 'alice-p', 'bob-p', 10);
		const again = await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, more]));
		expect(JSON.parse(again.payload)).toMatchObject({ recorded: ['t-more'], skipped: ['t-fund'] });
		expect((await balance('alice-p')).posted).toBe(90);
		const twiceInOne = await peer.submit(PLATFORM, 'RecordTransfers', batch([more, more]));
		expect(JSON.parse(twiceInOne.payload)).toMatchObject({
			recorded: [],
			skipped: ['t-more', 't-more']
		});
		expect((await balance('alice-p')).entries).toBe(2);
	});

	it('should refuse a known transfer id with different content', async () => {
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund]));
		const changed = { ...fund, amount: 500 };
		const r = await peer.submit(PLATFORM, 'RecordTransfers', batch([changed]));
		expect(rejection(r)).toEqual({
			code: 'idempotency_key_conflict',
			index: 0,
			transferId: 't-fund'
		});
		expect((await balance('alice-p')).posted).toBe(100);
	});

	it('should enforce floors: points never below zero, hours down to the credit limit', async () => {
		const over = transfer('t-over', 'alice-p', 'bob-p', 1);
		expect(rejection(await peer.submit(PLATFORM, 'RecordTransfers', batch([over]))).code).toBe(
			'exceeds_floor'
		);
		const help = transfer('t-help', 'carol-h', 'dan-h', 600, { kind: 'mutual_aid' });
		expect((await peer.submit(PLATFORM, 'RecordTransfers', batch([help]))).status).toBe(200);
		expect((await balance('carol-h')).posted).toBe(-600);
		const oneMore = transfer('t-one', 'carol-h', 'dan-h', 1);
		const r = await peer.submit(PLATFORM, 'RecordTransfers', batch([oneMore]));
		expect(rejection(r)).toEqual({ code: 'exceeds_floor', index: 0, transferId: 't-one' });
	});

	it('should hold, capture and void with the core rules', async () => {
		const h = hold('h1', 'alice-p', 'partner-p', 40);
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, h]));
		expect(await balance('alice-p')).toMatchObject({
			posted: 100,
			pendingDebits: 40,
			available: 60
		});
		const tooMuch = transfer('t-much', 'alice-p', 'bob-p', 61);
		expect(rejection(await peer.submit(PLATFORM, 'RecordTransfers', batch([tooMuch]))).code).toBe(
			'exceeds_floor'
		);
		const capture = resolve('c1', h, 'capture', 30);
		expect((await peer.submit(PLATFORM, 'RecordTransfers', batch([capture]))).status).toBe(200);
		expect(await balance('alice-p')).toMatchObject({ posted: 70, pendingDebits: 0, available: 70 });
		expect(await balance('partner-p')).toMatchObject({ posted: 30, pendingCredits: 0 });
		const voidAfter = resolve('v1', h, 'void');
		expect(rejection(await peer.submit(PLATFORM, 'RecordTransfers', batch([voidAfter]))).code).toBe(
			'hold_already_captured'
		);
	});

	it('should judge expiry at the time the database decided, not when the batch arrives', async () => {
		const expiresAt = CREATED_AT + 30_000;
		const h = hold('h2', 'alice-p', 'partner-p', 20, expiresAt);
		const inTime = resolve('c2', h, 'capture', 20, { createdAt: CREATED_AT + 10_000 });
		// The peer's clock is already past the expiry when this batch arrives.
		expect((await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, h, inTime]))).status).toBe(
			200
		);
		const late = hold('h3', 'alice-p', 'partner-p', 20, expiresAt);
		const tooLate = resolve('c3', late, 'capture', 20, { createdAt: expiresAt });
		const r = await peer.submit(PLATFORM, 'RecordTransfers', batch([late, tooLate]));
		expect(rejection(r)).toEqual({ code: 'hold_expired', index: 1, transferId: 'c3' });
		const voided = resolve('v3', late, 'void', 20, { createdAt: expiresAt });
		expect((await peer.submit(PLATFORM, 'RecordTransfers', batch([late, voided]))).status).toBe(
			200
		);
		expect(await balance('alice-p')).toMatchObject({ posted: 80, pendingDebits: 0 });
	});

	it('should change nothing when one transfer of a batch is refused', async () => {
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund]));
		const before = new Map(peer.world);
		const good1 = transfer('t-a', 'alice-p', 'bob-p', 50);
		const good2 = transfer('t-b', 'bob-p', 'alice-p', 20);
		const bad = transfer('t-c', 'alice-p', 'bob-p', 71);
		const r = await peer.submit(PLATFORM, 'RecordTransfers', batch([good1, good2, bad]));
		expect(rejection(r)).toEqual({ code: 'exceeds_floor', index: 2, transferId: 't-c' });
		expect(peer.world).toEqual(before);
		expect(peer.events).toHaveLength(1);
		expect((await peer.evaluate(AUDITOR, 'GetTransfer', 't-a')).status).toBe(500);
	});

	it('should refuse records that disagree with what the rules derive', async () => {
		const h = hold('h4', 'alice-p', 'partner-p', 40);
		const shortVoid = resolve('v4', h, 'void', 10);
		const r = await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, h, shortVoid]));
		expect(rejection(r)).toEqual({ code: 'record_mismatch', index: 2, transferId: 'v4' });
		const future = transfer('t-fut', 'pool-p', 'alice-p', 5, {
			createdAt: peer.timeMs + 3_600_000
		});
		expect(rejection(await peer.submit(PLATFORM, 'RecordTransfers', batch([future]))).code).toBe(
			'created_in_future'
		);
		const malformed = await peer.submit(PLATFORM, 'RecordTransfers', '{"batchId":"x"}');
		expect(rejection(malformed).code).toBe('malformed_batch');
		const retyped = [account('alice-p', 'POINT', 'partner_receivable', 0)];
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund]));
		const conflict = await peer.submit(PLATFORM, 'RecordTransfers', batch([fund], retyped));
		expect(rejection(conflict).code).toBe('account_definition_conflict');
	});

	it('should reverse a transfer once, back to the original payer', async () => {
		const pay = transfer('t-pay', 'alice-p', 'bob-p', 30);
		const undo = reverse('r-pay', pay);
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, pay, undo]));
		expect((await balance('alice-p')).posted).toBe(100);
		expect((await balance('bob-p')).posted).toBe(0);
		const twice = reverse('r-pay-2', pay);
		expect(rejection(await peer.submit(PLATFORM, 'RecordTransfers', batch([twice]))).code).toBe(
			'already_reversed'
		);
	});
});

describe('access by MSP id', () => {
	it('should let only the platform submit', async () => {
		for (const msp of [PARTNER, AUDITOR, STRANGER]) {
			const r = await peer.submit(msp, 'RecordTransfers', batch([fund]));
			expect(parseChaincodeFailure(r.message)).toEqual({ kind: 'denied', mspId: msp });
		}
		expect(peer.world.size).toBe(0);
	});

	it('should let partners, auditors and the platform read, and nobody else', async () => {
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund]));
		for (const msp of [PLATFORM, PARTNER, AUDITOR]) {
			expect((await peer.evaluate(msp, 'GetBalance', 'alice-p', 'POINT')).status).toBe(200);
		}
		const r = await peer.evaluate(STRANGER, 'History', 'alice-p');
		expect(parseChaincodeFailure(r.message)).toEqual({ kind: 'denied', mspId: STRANGER });
	});
});

describe('reads', () => {
	it('should list balances, history and transfer ids', async () => {
		const pay = transfer('t-pay', 'alice-p', 'bob-p', 30);
		await peer.submit(PLATFORM, 'RecordTransfers', batch([fund, pay]));
		const many = await peer.evaluate(AUDITOR, 'GetBalances', JSON.stringify(['alice-p', 'nobody']));
		const parsed = JSON.parse(many.payload) as { balances: Balance[]; missing: string[] };
		expect(parsed.balances.map((b) => [b.accountId, b.posted])).toEqual([['alice-p', 70]]);
		expect(parsed.missing).toEqual(['nobody']);
		const history = JSON.parse((await peer.evaluate(AUDITOR, 'History', 'alice-p')).payload);
		expect(history.map((t: { id: string }) => t.id)).toEqual(['t-fund', 't-pay']);
		const ids: string[] = [];
		let bookmark = '';
		do {
			const page = await peer.evaluate(AUDITOR, 'ListTransferIds', '1', bookmark);
			const body = JSON.parse(page.payload) as { items: string[]; bookmark: string };
			ids.push(...body.items);
			bookmark = body.bookmark;
		} while (bookmark !== '');
		expect(ids).toEqual(['t-fund', 't-pay']);
		const all = await peer.evaluate(AUDITOR, 'ListBalances', '100', '');
		expect(JSON.parse(all.payload).items).toHaveLength(ACCOUNTS.length);
		expect((await peer.evaluate(AUDITOR, 'GetBalance', 'alice-p', 'HOUR')).status).toBe(500);
	});

	it('should write byte-identical state on every peer', async () => {
		const other = new FakePeer(module);
		const h = hold('h1', 'alice-p', 'partner-p', 40);
		for (const p of [peer, other]) {
			await p.submit(PLATFORM, 'RecordTransfers', batch([fund, h]));
			await p.submit(PLATFORM, 'RecordTransfers', batch([resolve('c1', h, 'capture')]));
		}
		expect(other.world).toEqual(peer.world);
		expect(other.events).toEqual(peer.events);
	});
});
