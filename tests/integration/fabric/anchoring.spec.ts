import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { ChainLedger, FabricUnavailableError } from '../../../chain/gateway/chain-ledger';
import { DEFAULT_RETRY } from '../../../chain/gateway/retry';
import { anchorPending } from '../../../web/src/lib/server/fabric/anchor';
import {
	fabricStatusOf,
	listQuarantine,
	resolveQuarantine
} from '../../../web/src/lib/server/fabric/audit';
import { fabricCrontab, fabricTasks } from '../../../web/src/lib/server/fabric/job';
import { reconcile } from '../../../web/src/lib/server/fabric/reconcile';
import { getReceipt } from '../../../web/src/lib/server/journal/receipt';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { loadBuiltChaincode, type ChaincodeModule } from '../../contract/chaincode-build';
import { FakeContract } from '../../contract/fake-contract';
import { FakePeer } from '../../contract/fake-peer';
import { createTestDatabase } from '../../helpers/db';
import { drainAll } from '../journal/fixtures';
import { account, fundedResident, meta } from '../ledger/fixtures';

const db = await createTestDatabase({ max: 5 });
const service = new PostingService(db.sql);
let module: ChaincodeModule;
let peer: FakePeer;
let contract: FakeContract;
let ledger: ChainLedger;

// One chain for the whole file, like the one database: both accumulate, and every spec checks
// that they still agree.
beforeAll(async () => {
	module = await loadBuiltChaincode();
	peer = new FakePeer(module);
	contract = new FakeContract(peer);
	ledger = new ChainLedger(contract, { sleep: async () => {} });
}, 120_000);

async function anchor(batchSize = 8) {
	peer.timeMs = Date.now();
	return anchorPending(db.sql, ledger, { batchSize, budgetMs: 60_000 });
}

async function payments(from: string, to: string, n: number) {
	for (let i = 0; i < n; i++) {
		const r = await service.transfer({
			...meta('mutual_aid'),
			debitAccountId: from,
			creditAccountId: to,
			asset: 'POINT',
			amount: 1
		});
		unwrap(r);
	}
}

describe('anchoring the outbox on Fabric', () => {
	it('should anchor posted transfers in order with their tx id and block, and reconcile clean', async () => {
		const { issuer, resident } = await fundedResident(service, 100);
		const partner = await account(service, 'POINT', 'partner_receivable');
		await payments(resident, partner, 10);
		const hold = unwrap(
			await service.hold({
				...meta('redeem.hold'),
				debitAccountId: resident,
				creditAccountId: partner,
				asset: 'POINT',
				amount: 30,
				expiresAt: new Date(Date.now() + 60_000)
			})
		);
		unwrap(await service.capture({ ...meta('redeem.capture'), holdId: hold.id, amount: 20 }));
		const run = await anchor(5);
		expect(run).toMatchObject({
			locked: true,
			anchored: 13,
			quarantined: 0,
			more: false,
			batches: 3
		});
		const [outbox] = await db.sql`select count(*)::int as n from ledger_fabric_outbox`;
		expect(outbox?.n).toBe(0);
		expect(await fabricStatusOf(db.sql, hold.id)).toMatchObject({
			state: 'anchored',
			blockNumber: 3
		});
		const sent = contract.submissions.flatMap((s) => s.transferIds);
		const bySeq =
			await db.sql`select id from ledger_transfers where id = any(${sent}::uuid[]) order by seq`;
		expect(sent).toEqual(bySeq.map((r) => r.id));
		const report = await reconcile(db.sql, ledger);
		expect(report).toMatchObject({ ok: true, pending: 0, quarantined: 0, balanceDrift: [] });
		expect(report?.transfersOnChain).toBe(13);
		expect(issuer).toBeTruthy();
	});

	it('should keep committing while Fabric is down and anchor everything once it is back', async () => {
		const { resident } = await fundedResident(service, 50);
		const other = await account(service, 'POINT', 'resident');
		contract.failNext(...Array<'unreachable'>(DEFAULT_RETRY.maxAttempts).fill('unreachable'));
		await expect(anchor()).rejects.toBeInstanceOf(FabricUnavailableError);
		await payments(resident, other, 5);
		const [waiting] =
			await db.sql`select transfer_id from ledger_fabric_outbox order by seq desc limit 1`;
		expect(await fabricStatusOf(db.sql, waiting?.transfer_id)).toEqual({ state: 'pending_ledger' });
		contract.failNext('lost_reply', 'mvcc', 'discovery');
		const run = await anchor(100);
		expect(run).toMatchObject({ anchored: 6, quarantined: 0 });
		const onChain = await ledger.allTransferIds();
		expect(new Set(onChain).size).toBe(onChain.length);
		const report = await reconcile(db.sql, ledger);
		expect(report).toMatchObject({ ok: true, balanceDrift: [] });
		expect(report?.transfersOnChain).toBe(13 + 6);
	});

	it('should report a balance changed in the database behind the ledger', async () => {
		const { resident } = await fundedResident(service, 20);
		await anchor();
		await db.sql`update ledger_accounts set credits_posted = credits_posted + 7 where id = ${resident}`;
		const report = await reconcile(db.sql, ledger);
		expect(report?.ok).toBe(false);
		expect(report?.balanceDrift).toEqual([
			{ accountId: resident, field: 'posted', expected: 27, chain: 20 }
		]);
		await db.sql`update ledger_accounts set credits_posted = credits_posted - 7 where id = ${resident}`;
		expect((await reconcile(db.sql, ledger))?.ok).toBe(true);
	});

	it('should mark journal blocks anchored once all their transfers are on Fabric', async () => {
		await drainAll(db.sql, { sealAfterMs: 0 });
		const run = await anchor();
		expect(run.locked && run.blocksAnchored).toBeGreaterThan(0);
		const [last] = await db.sql`select id from ledger_transfers order by seq desc limit 1`;
		const receipt = await getReceipt(db.sql, last?.id);
		const status = await fabricStatusOf(db.sql, last?.id);
		expect(receipt?.status).toBe('anchored');
		expect(status.state === 'anchored' && status.txId).toBe(receipt?.anchor?.txId);
	});

	it('should quarantine a transfer the chaincode refuses and report drift', async () => {
		const { issuer, resident } = await fundedResident(service, 10);
		const empty = await account(service, 'POINT', 'resident');
		// Written around the posting service, as a bug or a tampering would: the rules never ran.
		const [bogus] = await db.sql`
			insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id,
				credit_account_id, asset, amount, kind, reference, actor_id, created_at)
			values (${randomUUID()}, ${randomUUID()}, 'x', ${empty}, ${resident}, 'POINT', 5,
				'adjustment', 'test:bogus', 0, now())
			returning id`;
		await payments(resident, issuer, 2);
		const run = await anchor();
		expect(run).toMatchObject({ anchored: 3, quarantined: 1 });
		const open = await listQuarantine(db.sql);
		expect(open.map((q) => [q.transferId, q.code])).toEqual([[bogus?.id, 'exceeds_floor']]);
		const report = await reconcile(db.sql, ledger);
		expect(report).toMatchObject({ ok: false, quarantined: 1 });
		expect(report?.balanceDrift.map((d) => d.accountId).sort()).toEqual([empty, resident].sort());
		expect(
			await resolveQuarantine(db.sql, { transferId: bogus?.id, auditorId: 1, note: 'tampering' })
		).toBe(true);
		expect(await listQuarantine(db.sql)).toEqual([]);
	});
});

describe('job registration', () => {
	it('should register the Fabric jobs only when FABRIC_* are set', () => {
		expect(fabricTasks({})).toEqual({});
		expect(fabricCrontab({})).toEqual([]);
		const env = { FABRIC_PEER_ENDPOINT: 'localhost:7051' };
		expect(Object.keys(fabricTasks(env)).sort()).toEqual([
			'ledger:fabric-anchor',
			'ledger:fabric-reconcile'
		]);
		expect(fabricCrontab(env)).toHaveLength(2);
	});
});
