/**
 * Ledger throughput: `npm run bench:ledger [-- --seconds 5 --accounts 2000 --max-batch 1000]`.
 *
 * Starts its own embedded PostgreSQL in a temporary folder with the normal durable settings
 * (fsync and synchronous_commit on) and compares, side by side, a naive baseline (one SQL
 * transaction per posting) with the group-committing PostingService, for 1 and 32 clients over
 * many accounts and 32 clients all paying out of one hot account. During each service run the
 * journal drainer runs beside it (as the app's journal job does) and the journal lag is reported:
 * the worst age of the oldest transfer not yet in the journal, catch-up after the run included.
 * The Fabric outbox trigger is switched as the app switches it at start (on only with FABRIC_*
 * settings), for both engines alike.
 *
 * Other benches can reuse `runLedgerBench` and add columns (the journal engineer's "journal lag"
 * reads ledger_outbox after each scenario): pass `columns`.
 */
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { isFabricConfigured } from '../../chain/gateway/config';
import { unwrap } from '../../chain/core/shared';
import { ensureDatabase } from '../../db/connect';
import { startEmbeddedPostgres, withDatabase } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { setFabricOutbox } from '../../web/src/lib/server/fabric/outbox-switch';
import { PostingService, uuidv7, type PostingOptions } from '../../web/src/lib/server/ledger';
import { postgresCpuMs, statsSettings } from './db-stats';
import { drainAll, runJournal, type JournalLag } from './journal-lag';

export interface Scenario {
	engine: 'naive' | 'service';
	clients: number;
	hot: boolean;
	label: string;
}

/** An extra column: measured once per scenario, after its clients have stopped. */
export interface BenchColumn {
	title: string;
	measure(ctx: { sql: postgres.Sql; scenario: Scenario; postings: number }): Promise<string>;
}

interface Measured {
	perSecond: number;
	p50Ms: number;
	p99Ms: number;
	postings: number;
	/** CPU per transfer in µs: this process (clients, engine, journal drainer) and PostgreSQL. */
	cpu: { nodeUs: number; pgUs: number };
	extra: string[];
	journal?: JournalLag;
}

type Post = (debit: string, credit: string, amount: number) => Promise<void>;

/** The baseline: one transaction per posting, an insert and two guarded balance updates. */
function naivePoster(sql: postgres.Sql): Post {
	return (debit, credit, amount) =>
		sql
			.begin(async (tx) => {
				await tx`
				insert into ledger_transfers (id, idempotency_key, request_hash, debit_account_id,
					credit_account_id, asset, amount, kind, reference, actor_id, created_at)
				values (${uuidv7()}, ${randomUUID()}, 'naive', ${debit}, ${credit}, 'POINT', ${amount},
					'bench', 'bench:1', 0, now())`;
				// Update in id order, as the service locks, so the baseline does not deadlock either.
				for (const id of [debit, credit].sort()) {
					const rows =
						id === debit
							? await tx`update ledger_accounts set debits_posted = debits_posted + ${amount}
								where id = ${id} and (floor is null
									or credits_posted - debits_posted - debits_pending - ${amount} >= floor)
								returning id`
							: await tx`update ledger_accounts set credits_posted = credits_posted + ${amount}
								where id = ${id} returning id`;
					if (rows.length === 0) throw new Error('refused by the floor');
				}
			})
			.then(() => undefined);
}

function servicePoster(service: PostingService): Post {
	return async (debit, credit, amount) => {
		const result = await service.transfer({
			idempotencyKey: randomUUID(),
			actorId: 0,
			kind: 'bench',
			reference: 'bench:1',
			debitAccountId: debit,
			creditAccountId: credit,
			asset: 'POINT',
			amount
		});
		if (!result.ok) throw new Error(result.error);
	};
}

/**
 * Account picks from a seeded generator (mulberry32), the same in every run and for both engines.
 * Integer maths throughout: the linear congruential one used before multiplied past 2^53 in
 * floating point and drew from only a few hundred of the accounts, so "many accounts" was not.
 */
function randomIndex(seed: number, n: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) % n;
	};
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Runs `clients` loops for `seconds`, each posting one transfer at a time. */
async function drive(
	post: Post,
	accounts: string[],
	scenario: Scenario,
	seconds: number,
	pgCpuMs: () => Promise<number>
) {
	const latencies: number[] = [];
	const until = performance.now() + seconds * 1000;
	const next = randomIndex(7, accounts.length);
	const client = async () => {
		while (performance.now() < until) {
			let debit = accounts[next()] as string;
			let credit = accounts[next()] as string;
			if (scenario.hot) debit = accounts[0] as string;
			if (debit === credit) {
				credit = accounts[(accounts.indexOf(credit) + 1) % accounts.length] as string;
			}
			const started = performance.now();
			await post(debit, credit, 1);
			latencies.push(performance.now() - started);
		}
	};
	const [nodeBefore, pgBefore] = [process.cpuUsage(), await pgCpuMs()];
	const started = performance.now();
	await Promise.all(Array.from({ length: scenario.clients }, client));
	const elapsed = (performance.now() - started) / 1000;
	const node = process.cpuUsage(nodeBefore);
	const pgMs = (await pgCpuMs()) - pgBefore;
	latencies.sort((a, b) => a - b);
	const n = Math.max(1, latencies.length);
	return {
		perSecond: latencies.length / elapsed,
		p50Ms: percentile(latencies, 0.5),
		p99Ms: percentile(latencies, 0.99),
		postings: latencies.length,
		cpu: { nodeUs: (node.user + node.system) / n, pgUs: (pgMs * 1000) / n }
	};
}

export async function runLedgerBench(
	options: {
		seconds?: number;
		accounts?: number;
		columns?: BenchColumn[];
		service?: PostingOptions;
		engines?: Scenario['engine'][];
	} = {}
) {
	const seconds = options.seconds ?? 5;
	const columns = options.columns ?? [];
	const dir = await mkdtemp(path.join(tmpdir(), 'linli-bench-pg-'));
	await chmod(dir, 0o755);
	const dataDir = path.join(dir, 'data');
	const server = await startEmbeddedPostgres({
		dataDir,
		quiet: true,
		settings: { synchronous_commit: 'on', fsync: 'on', ...statsSettings() }
	});
	try {
		await ensureDatabase(server.url, 'bench');
		const url = withDatabase(server.url, 'bench');
		await runMigrations(url);
		const naiveSql = postgres(url, { max: 40, onnotice: () => {} });
		const serviceSql = postgres(url, { max: 4, onnotice: () => {} });
		const journalSql = postgres(url, { max: 2, onnotice: () => {} });
		const fabric = await setFabricOutbox(naiveSql, isFabricConfigured(process.env));
		process.stderr.write(
			`  Fabric outbox ${fabric.enabled ? 'on' : 'off'}, as the app would run\n`
		);
		const service = new PostingService(serviceSql, options.service);
		const accounts = await openAccounts(service, options.accounts ?? 2000);
		const scenarios: Scenario[] = [];
		for (const [clients, hot, label] of [
			[1, false, '1 client, many accounts'],
			[32, false, '32 clients, many accounts'],
			[32, true, '32 clients, one hot account']
		] as const) {
			for (const engine of options.engines ?? (['naive', 'service'] as const)) {
				scenarios.push({ engine, clients, hot, label });
			}
		}
		const results = new Map<string, Measured>();
		for (const scenario of scenarios) {
			const post = scenario.engine === 'naive' ? naivePoster(naiveSql) : servicePoster(service);
			// Each run starts from the same state: without this, the thousands of dead versions of the
			// hot row that the naive run just left (autovacuum has no time to remove them) slow the
			// service's run that follows it by a third or more. ledger_transfers is analyzed too, as
			// autovacuum does in production within a minute: left unanalyzed, the posting connections
			// keep the generic plan they cached while it held a few hundred rows, a sequential scan for
			// the idempotency keys, and with small batches (--max-batch 16) every batch then reads the
			// whole growing table (a third of the throughput, three times the database CPU per posting).
			await naiveSql`vacuum (analyze) ledger_accounts, ledger_outbox, ledger_transfers`;
			const journaled = scenario.engine === 'service';
			if (journaled) await drainAll(journalSql);
			const journal = journaled ? runJournal(journalSql) : null;
			const measured = await drive(post, accounts, scenario, seconds, () => postgresCpuMs(dataDir));
			const journalLag = await journal?.stop();
			const extra = await Promise.all(
				columns.map((c) => c.measure({ sql: naiveSql, scenario, postings: measured.postings }))
			);
			results.set(`${scenario.engine}|${scenario.label}`, {
				...measured,
				extra,
				journal: journalLag
			});
			process.stderr.write(
				`  ${scenario.engine} · ${scenario.label}: ${measured.perSecond.toFixed(0)}/s${
					journalLag
						? ` (${measured.postings} postings; journal: ${journalLag.journaled} entries, ${journalLag.sealed} blocks sealed)`
						: ''
				}\n`
			);
		}
		print(scenarios, results, columns);
		await naiveSql.end();
		await serviceSql.end();
		await journalSql.end();
		return results;
	} finally {
		await server.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

/** Many resident accounts, each funded far beyond what a run can spend. */
async function openAccounts(service: PostingService, count: number): Promise<string[]> {
	const issuer = unwrap(
		await service.openAccount({
			ownerType: 'bench',
			ownerId: 0,
			asset: 'POINT',
			kind: 'community_issuance'
		})
	).id;
	const ids = await Promise.all(
		Array.from(
			{ length: count },
			async (_, i) =>
				unwrap(
					await service.openAccount({
						ownerType: 'bench',
						ownerId: i + 1,
						asset: 'POINT',
						kind: 'resident'
					})
				).id
		)
	);
	const funding = ids.map((id) =>
		service.transfer({
			idempotencyKey: `fund-${id}`,
			actorId: 0,
			kind: 'bench',
			reference: 'bench:1',
			debitAccountId: issuer,
			creditAccountId: id,
			asset: 'POINT',
			amount: 1_000_000_000
		})
	);
	for (const r of await Promise.all(funding)) unwrap(r);
	return ids;
}

function print(scenarios: Scenario[], results: Map<string, Measured>, columns: BenchColumn[]) {
	const cell = (m: Measured | undefined) =>
		m
			? `${m.perSecond.toFixed(0).padStart(7)}/s  p50 ${m.p50Ms.toFixed(1).padStart(6)} ms  p99 ${m.p99Ms.toFixed(1).padStart(6)} ms`
			: '';
	const extraTitles = columns.map((c) => c.title).join(' | ');
	console.log(
		`\n${'scenario'.padEnd(30)} | ${'naive (1 tx per posting)'.padEnd(38)} | ${'PostingService (group commit)'.padEnd(38)} | speed-up | journal lag | CPU µs per transfer, node+pg: naive, service${extraTitles ? ` | ${extraTitles}` : ''}`
	);
	for (const label of [...new Set(scenarios.map((s) => s.label))]) {
		const naive = results.get(`naive|${label}`);
		const service = results.get(`service|${label}`);
		const ratio = naive && service ? `${(service.perSecond / naive.perSecond).toFixed(1)}x` : '';
		const extras = service?.extra.length ? ` | ${service.extra.join(' | ')}` : '';
		const lag = service?.journal ? `${service.journal.maxLagMs.toFixed(0)} ms` : '';
		const cpu = (m: Measured | undefined) =>
			m ? `${m.cpu.nodeUs.toFixed(0)}+${m.cpu.pgUs.toFixed(0)}` : '-';
		console.log(
			`${label.padEnd(30)} | ${cell(naive).padEnd(38)} | ${cell(service).padEnd(38)} | ${ratio.padStart(8)} | ${lag.padStart(11)} | ${`${cpu(naive)}, ${cpu(service)}`.padEnd(45)}${extras}`
		);
	}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			seconds: { type: 'string', default: '5' },
			accounts: { type: 'string', default: '2000' },
			// A small cap (16) makes two batches alternate with 32 clients, as more callers would.
			'max-batch': { type: 'string' }
		}
	});
	const maxBatch = values['max-batch'] === undefined ? undefined : Number(values['max-batch']);
	await runLedgerBench({
		seconds: Number(values.seconds),
		accounts: Number(values.accounts),
		service: { maxBatch }
	});
}
