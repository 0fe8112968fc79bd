import { execSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { ChainLedger } from '../../../chain/gateway/chain-ledger';
import { FABRIC_ENV, fabricSettingsFromEnv } from '../../../chain/gateway/config';
import { connectFabric, type FabricConnection } from '../../../chain/gateway/connect';
import { anchorPending } from '../../../web/src/lib/server/fabric/anchor';
import { fabricStatusOf } from '../../../web/src/lib/server/fabric/audit';
import { reconcile } from '../../../web/src/lib/server/fabric/reconcile';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase, type TestDatabase } from '../../helpers/db';
import { account, fundedResident, meta } from '../ledger/fixtures';

/**
 * Against a real Fabric network (chain/network, or any network running the chaincode): set
 * FABRIC_TEST_PEER_ENDPOINT and the other FABRIC_* settings. The specs deploy nothing; they post
 * through the app's posting service and check anchors, balances and reconciliation on the chain.
 * The restart spec stops and starts the gateway peer with FABRIC_TEST_PEER_STOP_CMD and
 * FABRIC_TEST_PEER_START_CMD (default: docker stop/start peer0.committee.linli.test).
 */
const required = [
	'FABRIC_TEST_PEER_ENDPOINT',
	...FABRIC_ENV.filter((n) => n !== 'FABRIC_PEER_ENDPOINT')
];
const missing = required.filter((name) => !process.env[name]);
const skipReason =
	missing.length > 0
		? `Fabric network specs skipped: no network configured (set ${missing.join(', ')})`
		: null;
if (skipReason) console.info(skipReason);

const PEER = 'peer0.committee.linli.test';
const stopCmd = process.env.FABRIC_TEST_PEER_STOP_CMD ?? `docker stop ${PEER}`;
const startCmd = process.env.FABRIC_TEST_PEER_START_CMD ?? `docker start ${PEER}`;

// Only with a network: a database per spec file is cheap, but pointless without one.
const db: TestDatabase | null = skipReason ? null : await createTestDatabase({ max: 5 });

describe.skipIf(skipReason !== null)('anchoring on a real Fabric network', () => {
	let service: PostingService;
	let connection: FabricConnection;
	let ledger: ChainLedger;

	beforeAll(async () => {
		if (!db) throw new Error(skipReason ?? 'no database');
		service = new PostingService(sql());
		const env = { ...process.env, FABRIC_PEER_ENDPOINT: process.env.FABRIC_TEST_PEER_ENDPOINT };
		const settings = fabricSettingsFromEnv(env);
		if (!settings) throw new Error('FABRIC_* settings are incomplete');
		connection = await connectFabric(settings);
		// Generous retries: a restarted peer takes several seconds before discovery converges.
		const retry = { maxAttempts: 40, baseDelayMs: 250, maxDelayMs: 5_000 };
		ledger = new ChainLedger(connection.contract, { retry });
	});

	afterAll(() => connection?.close());

	const sql = () => {
		if (!db) throw new Error('no database');
		return db.sql;
	};

	async function pay(from: string, to: string, n: number) {
		for (let i = 0; i < n; i++) {
			unwrap(
				await service.transfer({
					...meta('mutual_aid'),
					debitAccountId: from,
					creditAccountId: to,
					asset: 'POINT',
					amount: 1
				})
			);
		}
	}

	async function chainMatchesDatabase(accountIds: string[]) {
		const { balances, missing: absent } = await ledger.getBalances(accountIds);
		expect(absent).toEqual([]);
		const database = await service.balances(accountIds);
		for (const b of balances) {
			const d = database.get(b.accountId);
			expect([b.posted, b.pendingDebits, b.available]).toEqual([
				d?.posted,
				d?.debitsPending,
				d?.available
			]);
		}
	}

	it('should anchor posted transfers with tx id and block number and match balances', async () => {
		const { issuer, resident } = await fundedResident(service, 200);
		const partner = await account(service, 'POINT', 'partner_receivable');
		await pay(resident, partner, 30);
		const run = await anchorPending(sql(), ledger, { batchSize: 10, budgetMs: 120_000 });
		expect(run).toMatchObject({ locked: true, anchored: 31, quarantined: 0, more: false });
		const [last] = await sql()`select id from ledger_transfers order by seq desc limit 1`;
		const status = await fabricStatusOf(sql(), last?.id);
		expect(status.state === 'anchored' && status.blockNumber).toBeGreaterThan(0);
		expect((await ledger.getTransfer(last?.id))?.txId).toBe(
			status.state === 'anchored' ? status.txId : ''
		);
		await chainMatchesDatabase([issuer, resident, partner]);
		const report = await reconcile(sql(), ledger);
		// The channel may hold other runs' transfers; this database's must all be there.
		expect(report?.missingOnChain.count).toBe(0);
		expect(report?.balanceDrift.filter((d) => d.field !== 'unknown_in_database')).toEqual([]);
	}, 180_000);

	it('should keep posting while the peer is down and anchor everything once it is back', async () => {
		const { resident } = await fundedResident(service, 100);
		const other = await account(service, 'POINT', 'resident');
		execSync(stopCmd, { stdio: 'inherit' });
		try {
			await pay(resident, other, 20);
			const [outbox] = await sql()`select count(*)::int as n from ledger_fabric_outbox`;
			expect(outbox?.n).toBe(21);
		} finally {
			setTimeout(() => execSync(startCmd, { stdio: 'inherit' }), 3_000);
		}
		const run = await anchorPending(sql(), ledger, { batchSize: 10, budgetMs: 180_000 });
		expect(run).toMatchObject({ locked: true, anchored: 21, quarantined: 0 });
		const history = JSON.parse(
			new TextDecoder().decode(await connection.contract.evaluateTransaction('History', other))
		);
		expect(history).toHaveLength(20);
		await chainMatchesDatabase([resident, other]);
	}, 240_000);
});
