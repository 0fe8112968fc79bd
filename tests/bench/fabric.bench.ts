/**
 * Fabric anchoring: `npm run bench:fabric [-- --seconds 30 --rate 500]`. Needs a network
 * (chain/network/README.md) and the FABRIC_* settings; without them it says so and exits 0.
 *
 * Starts its own embedded PostgreSQL, then measures:
 * 1. transfers anchored per second from a full outbox, with batching off (1 per transaction)
 *    and on (FABRIC_BATCH_SIZE, and 250);
 * 2. the outbox lag under a steady load of `rate` transfers/s: the anchoring loop runs as the
 *    job does, and the age of the oldest waiting transfer is sampled every second.
 * Target: keeping up with 500 transfers/s with the lag under 5 s.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { unwrap } from '../../chain/core/shared';
import { ChainLedger } from '../../chain/gateway/chain-ledger';
import { fabricSettingsFromEnv, type FabricSettings } from '../../chain/gateway/config';
import { connectFabric } from '../../chain/gateway/connect';
import { ensureDatabase } from '../../db/connect';
import { startEmbeddedPostgres, withDatabase } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { anchorPending } from '../../web/src/lib/server/fabric/anchor';
import { PostingService } from '../../web/src/lib/server/ledger';

const { values } = parseArgs({
	options: { seconds: { type: 'string', default: '30' }, rate: { type: 'string', default: '500' } }
});
const seconds = Number(values.seconds);
const rate = Number(values.rate);

let owner = 0;
async function openPair(service: PostingService) {
	owner += 1;
	const spec = { ownerType: 'bench', ownerId: owner, asset: 'POINT' as const };
	const issuer = unwrap(await service.openAccount({ ...spec, kind: 'community_issuance' })).id;
	const resident = unwrap(await service.openAccount({ ...spec, kind: 'resident' })).id;
	return { issuer, resident };
}

/** Posts `count` transfers spread over 50 residents, as fast as the posting service takes them. */
async function post(
	service: PostingService,
	pairs: { issuer: string; resident: string }[],
	count: number
) {
	const jobs = Array.from({ length: count }, (_, i) => {
		const pair = pairs[i % pairs.length] as { issuer: string; resident: string };
		return service.transfer({
			idempotencyKey: `bench:${owner}:${Date.now()}:${i}:${Math.random()}`,
			actorId: 0,
			kind: 'sorting.reward',
			reference: `bench:${i}`,
			debitAccountId: pair.issuer,
			creditAccountId: pair.resident,
			asset: 'POINT',
			amount: 1
		});
	});
	for (const r of await Promise.all(jobs)) unwrap(r);
}

async function throughput(
	sql: postgres.Sql,
	ledger: ChainLedger,
	service: PostingService,
	batchSize: number
) {
	const pairs = await Promise.all(Array.from({ length: 50 }, () => openPair(service)));
	await anchorPending(sql, ledger, { batchSize: 500, budgetMs: 600_000 });
	const count = Math.max(200, batchSize * 20);
	await post(service, pairs, count);
	const started = performance.now();
	const run = await anchorPending(sql, ledger, { batchSize, budgetMs: 600_000 });
	const s = (performance.now() - started) / 1000;
	const anchored = run.locked ? run.anchored : 0;
	console.log(
		`  batch ${String(batchSize).padStart(3)}: ${(anchored / s).toFixed(0).padStart(6)} transfers/s (${anchored} in ${s.toFixed(1)} s)`
	);
}

async function steadyLoad(
	sql: postgres.Sql,
	ledger: ChainLedger,
	service: PostingService,
	settings: FabricSettings
) {
	const pairs = await Promise.all(Array.from({ length: 50 }, () => openPair(service)));
	const end = Date.now() + seconds * 1000;
	const lags: number[] = [];
	const producer = (async () => {
		while (Date.now() < end) {
			const tick = Date.now();
			await post(service, pairs, Math.round(rate / 10));
			await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - tick))));
		}
	})();
	const sampler = (async () => {
		while (Date.now() < end) {
			const [row] =
				await sql`select coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as lag
				from ledger_fabric_outbox`;
			lags.push(Number(row?.lag ?? 0));
			await new Promise((r) => setTimeout(r, 1000));
		}
	})();
	const anchorer = (async () => {
		while (Date.now() < end + 10_000) {
			const run = await anchorPending(sql, ledger, {
				batchSize: settings.batchSize,
				budgetMs: 1000
			});
			if (run.locked && run.anchored === 0 && Date.now() > end) break;
			if (!run.locked || run.anchored === 0) await new Promise((r) => setTimeout(r, 200));
		}
	})();
	await Promise.all([producer, sampler, anchorer]);
	const sorted = [...lags].sort((a, b) => a - b);
	const p = (q: number) =>
		(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
	const max = (sorted.at(-1) ?? 0).toFixed(2);
	console.log(
		`  ${rate} transfers/s for ${seconds} s, batch ${settings.batchSize}: lag p50 ${p(0.5)} s, p95 ${p(0.95)} s, max ${max} s (target < 5 s)`
	);
}

async function main(): Promise<void> {
	const settings = fabricSettingsFromEnv(process.env);
	if (!settings) {
		console.log(
			'bench:fabric needs a Fabric network: set the FABRIC_* settings (see chain/network/README.md). Nothing to measure.'
		);
		return;
	}
	const dir = await mkdtemp(path.join(tmpdir(), 'linli-bench-fabric-'));
	await chmod(dir, 0o755);
	const server = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), quiet: true });
	const connection = await connectFabric(settings);
	try {
		await ensureDatabase(server.url, 'bench');
		const url = withDatabase(server.url, 'bench');
		await runMigrations(url);
		const sql = postgres(url, { max: 10, onnotice: () => {} });
		const service = new PostingService(sql);
		const ledger = new ChainLedger(connection.contract);
		console.log('Anchoring throughput from a full outbox:');
		for (const size of [...new Set([1, settings.batchSize, 250])]) {
			await throughput(sql, ledger, service, size);
		}
		console.log('Outbox lag under steady load:');
		await steadyLoad(sql, ledger, service, settings);
		await sql.end({ timeout: 5 });
	} finally {
		connection.close();
		await server.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

await main();
