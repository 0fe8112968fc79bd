/**
 * Waste-sorting throughput: `npm run bench:sorting [-- --seconds 10 --inspectors 32]`.
 *
 * End to end over HTTP: starts its own embedded PostgreSQL (fsync and synchronous_commit on) in a
 * temporary folder, migrates it, creates a
 * community with one collection point per inspector and many households, logs the inspectors in
 * by writing their sessions straight into the table, starts the app as `npm start` does (which
 * builds it when stale) on 127.0.0.1, warms it up, and lets
 * every inspector post one drop-off at a time to /api/v1/sorting/dropoffs, each with a fresh id
 * and a valid rotating resident code. Every request is the full path: session, code signature,
 * checks, the household's locked daily tally, the drop-off row and the ledger reward.
 *
 * The community's cap and burst limit, and the app's request rate limits, are raised for the run: machines sort faster than people,
 * and with the real cap nearly every drop-off would be "capped" and skip the ledger, flattering
 * the figure. Each inspector serves its own share of the households, one bag each in turn and
 * then the next kind, so no household brings the same kind of bag to one bin twice within two
 * minutes (that would be the same bag, refused: domain/sorting/duplicate.ts) unless a run is far
 * longer than the default. Afterwards the table and the ledger are checked against the answers
 * received.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Logger, runMigrations as workerMigrations } from 'graphile-worker';
import postgres from 'postgres';
import { ensureDatabase } from '../../db/connect';
import { startEmbeddedPostgres, withDatabase } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { personalCode } from '../../web/src/lib/domain/timebank/qr-token';
import { generateToken, hashToken } from '../../web/src/lib/server/auth/token';
import { PostingService } from '../../web/src/lib/server/ledger/posting.service';
import { pickPort } from '../helpers/e2e/port';
import { startArgs } from './app-flags';
import { cpuSecondsOf, dbCounters, describeDb, postgresCpuMs, statsSettings } from './db-stats';

const quietWorkerLogger = new Logger(() => () => {});
const SECRET = 'bench-sorting-qr-secret-0000000001';
const CATEGORIES = ['food', 'recyclable', 'hazardous', 'residual'] as const;

const { values: args } = parseArgs({
	options: {
		seconds: { type: 'string', default: '10' },
		inspectors: { type: 'string', default: '32' },
		households: { type: 'string', default: '4000' }
	}
});

interface World {
	inspectors: number[];
	points: number[];
	residents: number[];
	/** Drop-offs each inspector has sent so far (the warm-up and the run continue one round). */
	sent: number[];
}

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

/**
 * One community with one all-day point per inspector and one resident per household, its pool
 * funded far beyond a run, and the cap and burst limit raised (see the file comment).
 */
async function prepareWorld(
	sql: postgres.Sql,
	size: { inspectors: number; households: number }
): Promise<World> {
	const [city] = await sql<
		{ id: number }[]
	>`insert into nodes (level, name) values ('city', '测试市') returning id`;
	const [district] = await sql<{ id: number }[]>`
		insert into nodes (parent_id, level, name) values (${city?.id ?? 0}, 'district', '测试区') returning id`;
	const [street] = await sql<{ id: number }[]>`
		insert into nodes (parent_id, level, name) values (${district?.id ?? 0}, 'street', '测试街道') returning id`;
	const [community] = await sql<{ id: number }[]>`
		insert into nodes (parent_id, level, name) values (${street?.id ?? 0}, 'community', '测试社区') returning id`;
	const communityId = community?.id ?? 0;
	const people = (count: number, from: number) =>
		sql<{ id: number }[]>`
			insert into users (phone, display_name, password_hash, community_id, status)
			select (${from}::bigint + g)::text, '居民' || g, 'x', ${communityId}, 'verified'
			from generate_series(1, ${count}) g returning id`;
	const inspectors = ids(await people(size.inspectors, 15000000000));
	const residents = ids(await people(size.households, 15800000000));
	await sql`insert into role_grants (user_id, role, node_id)
		select unnest(${inspectors}::int[]), 'inspector', ${communityId}`;
	const points = ids(
		await sql<{ id: number }[]>`
			insert into sorting_points (community_id, name, opens, closes, categories)
			select ${communityId}, '投放点' || g, '00:00', '00:00', array['food', 'recyclable', 'hazardous', 'residual']
			from generate_series(1, ${size.inspectors}) g returning id`
	);
	await sql`insert into sorting_inspectors (point_id, user_id)
		select unnest(${points}::int[]), unnest(${inspectors}::int[])`;
	await sql`
		with h as (
			insert into sorting_households (community_id, building, unit, card_number, card_holder_id)
			select ${communityId}, (r % 40 + 1) || '号楼', r::text, 'BENCH-' || r, r
			from unnest(${residents}::int[]) r returning id, card_holder_id)
		insert into sorting_household_members (user_id, household_id) select card_holder_id, id from h`;
	await sql`insert into sorting_settings (community_id, points_food, points_recyclable, points_hazardous,
		points_residual, daily_cap_points, mistake_threshold, burst_per_minute)
		values (${communityId}, 2, 2, 3, 1, 1000000000, 3, 1000000000)`;
	await fundPool(sql, communityId);
	return { inspectors, points, residents, sent: inspectors.map(() => 0) };
}

async function fundPool(sql: postgres.Sql, communityId: number): Promise<void> {
	const posting = new PostingService(sql);
	const open = async (kind: 'community_pool' | 'community_issuance') => {
		const r = await posting.ensureAccount({
			ownerType: 'community',
			ownerId: communityId,
			asset: 'POINT',
			kind
		});
		if (!r.ok) throw new Error(r.error);
		return r.value.id;
	};
	const funded = await posting.transfer({
		idempotencyKey: 'bench:sorting-pool',
		actorId: 0,
		kind: 'adjustment',
		reference: `community:${communityId}`,
		debitAccountId: await open('community_issuance'),
		creditAccountId: await open('community_pool'),
		asset: 'POINT',
		amount: 1_000_000_000
	});
	if (!funded.ok) throw new Error(funded.error);
}

async function startApp(url: string, port: number, dataDir: string): Promise<ChildProcess> {
	// As `npm start` runs it (with the embedded real-time server, so live updates are sent as in
	// use), on the bench's own database, without demo data or the job runner.
	const child = spawn(process.execPath, startArgs(), {
		env: {
			...process.env,
			DATABASE_URL: url,
			DATABASE_POOL_SIZE: process.env.BENCH_POOL ?? '16',
			// One: 32 inspectors' batches split over two processes cost twice the CPU per drop-off
			// (465/s against 647/s, measured); WEB_CONCURRENCY=2 to see it.
			WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '1',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: `http://127.0.0.1:${port}`,
			LINLI_QR_SECRET: SECRET,
			LINLI_SEED: '0',
			LINLI_WORKER: '0',
			LINLI_DATA_DIR: dataDir,
			REALTIME_PORT: '0',
			// All inspectors come from one address here; the limits are for people, not this run.
			LINLI_RATE_LIMIT_SCALE: '1000000',
			NODE_ENV: 'production'
		},
		stdio: ['ignore', 'inherit', 'inherit'],
		detached: true
	});
	for (let i = 0; i < 3000; i++) {
		const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (up) return child;
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('the app did not start');
}

async function sessionsFor(sql: postgres.Sql, userIds: number[]): Promise<string[]> {
	const day = 86_400_000;
	return Promise.all(
		userIds.map(async (userId) => {
			const token = generateToken();
			const now = Date.now();
			await sql`insert into sessions (id, user_id, expires_at, absolute_expires_at, two_factor_at)
				values (${hashToken(token)}, ${userId}, ${new Date(now + 30 * day)}, ${new Date(now + 60 * day)}, ${new Date(now)})`;
			return token;
		})
	);
}

interface Tally {
	latencies: number[];
	points: number;
	refused: Map<string, number>;
	ids: string[];
}

async function drive(
	world: World,
	tokens: string[],
	port: number,
	seconds: number
): Promise<Tally> {
	const secret = new TextEncoder().encode(SECRET);
	const tally: Tally = { latencies: [], points: 0, refused: new Map(), ids: [] };
	const until = performance.now() + seconds * 1000;
	let n = 0;
	const inspector = async (i: number) => {
		const cookie = `linli_session=${tokens[i]}`;
		// Each inspector is a phone with its own address, as at real bins; the per-address rate
		// limit row is then not one hot row shared by all of them.
		const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: `127.0.0.${i + 2}` });
		const pointId = world.points[i] as number;
		const share = world.residents.filter((_, j) => j % tokens.length === i);
		while (performance.now() < until) {
			n += 1;
			const k = world.sent[i] ?? 0;
			world.sent[i] = k + 1;
			const resident = share[k % share.length] as number;
			const category = CATEGORIES[Math.floor(k / share.length) % CATEGORIES.length];
			const id = randomUUID();
			const body = JSON.stringify({
				dropoffs: [
					{
						id,
						pointId,
						presented: personalCode(secret, resident, new Date()),
						category,
						correct: n % 5 !== 0,
						recordedAt: new Date().toISOString()
					}
				]
			});
			const started = performance.now();
			const response = await post(agent, port, cookie, body);
			const answer = JSON.parse(response.body) as {
				results?: { status: string; points?: number; error?: string }[];
			};
			tally.latencies.push(performance.now() - started);
			const result = answer.results?.[0];
			if (result?.status === 'recorded') {
				tally.points += result.points ?? 0;
				tally.ids.push(id);
			} else {
				const why = result?.error ?? `http_${response.status}`;
				tally.refused.set(why, (tally.refused.get(why) ?? 0) + 1);
			}
		}
	};
	await Promise.all(tokens.map((_, i) => inspector(i)));
	return tally;
}

function post(agent: Agent, port: number, cookie: string, body: string) {
	return new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path: '/api/v1/sorting/dropoffs',
				method: 'POST',
				agent,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					cookie,
					origin: `http://127.0.0.1:${port}`
				}
			},
			(res) => {
				let data = '';
				res.setEncoding('utf8');
				res.on('data', (chunk: string) => (data += chunk));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
			}
		);
		req.on('error', reject);
		req.end(body);
	});
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

interface Totals {
	rows: number;
	points: number;
	ledger: number;
}

async function totals(sql: postgres.Sql): Promise<Totals> {
	const [row] = await sql<Totals[]>`
		select count(*)::int as rows, coalesce(sum(points), 0)::int as points,
			(select coalesce(sum(amount), 0)::int from ledger_transfers where kind = 'sorting.reward') as ledger
		from sorting_dropoffs`;
	if (!row) throw new Error('no totals');
	return row;
}

/** The table and the ledger must hold exactly what the inspectors were told. */
async function verify(sql: postgres.Sql, before: Totals, tally: Tally): Promise<string> {
	const after = await totals(sql);
	const rows = after.rows - before.rows;
	const points = after.points - before.points;
	const ledger = after.ledger - before.ledger;
	if (rows !== tally.ids.length || points !== tally.points || ledger !== tally.points) {
		throw new Error(
			`mismatch: answered ${tally.ids.length} / ${tally.points} points, stored ${rows} / ${points}, ledger ${ledger}`
		);
	}
	return `checked: ${rows} new rows and ${points} points, in the table and on the ledger`;
}

async function main(): Promise<void> {
	const seconds = Number(args.seconds);
	const inspectors = Number(args.inspectors);
	const dir = await mkdtemp(path.join(tmpdir(), 'linli-bench-sorting-'));
	await chmod(dir, 0o755);
	const server = await startEmbeddedPostgres({
		dataDir: path.join(dir, 'data'),
		quiet: true,
		settings: { synchronous_commit: 'on', fsync: 'on', ...statsSettings() }
	});
	let app: ChildProcess | null = null;
	try {
		await ensureDatabase(server.url, 'bench');
		const url = withDatabase(server.url, 'bench');
		await runMigrations(url);
		// The job queue's schema, as `npm start` makes it: the posting service's commit hook
		// queues the journal drain there (the drain itself runs in a worker, not in this run).
		await workerMigrations({ connectionString: url, logger: quietWorkerLogger });
		const sql = postgres(url, { max: 4, onnotice: () => {} });
		const world = await prepareWorld(sql, { inspectors, households: Number(args.households) });
		const tokens = await sessionsFor(sql, world.inspectors);
		const port = await pickPort(0);
		app = await startApp(url, port, path.join(dir, 'app'));
		// Warm-up, not counted (BENCH_WARMUP seconds, 5): JIT, prepared statements, pools. After 1 s
		// V8's optimizing compiler still took a fifth of the app's CPU during the run.
		await drive(world, tokens, port, Number(process.env.BENCH_WARMUP ?? 5));
		// As autovacuum does within a minute in production: without statistics for the tables the
		// warm-up filled from empty, the app's connections keep the generic plans they cached then,
		// sequential scans, and every batch reads the whole growing table (see README).
		await sql`vacuum analyze`;
		const before = await totals(sql);
		const counters = await dbCounters(sql);
		// Where the two cores go: this process (the inspectors), the app, PostgreSQL.
		const cpuBefore = {
			client: process.cpuUsage(),
			app: await cpuSecondsOf(app.pid),
			pg: await postgresCpuMs(path.join(dir, 'data'))
		};
		const tally = await drive(world, tokens, port, seconds);
		const clientCpu = process.cpuUsage(cpuBefore.client);
		const cpuMs = {
			client: (clientCpu.user + clientCpu.system) / 1000,
			app: ((await cpuSecondsOf(app.pid)) - cpuBefore.app) * 1000,
			pg: (await postgresCpuMs(path.join(dir, 'data'))) - cpuBefore.pg
		};
		tally.latencies.sort((a, b) => a - b);
		const recorded = tally.ids.length;
		const refused = [...tally.refused].map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
		const p50 = percentile(tally.latencies, 0.5).toFixed(1);
		const p99 = percentile(tally.latencies, 0.99).toFixed(1);
		console.log(
			`\nWaste sorting over HTTP: ${inspectors} inspectors, ${seconds} s, ${world.residents.length} residents`
		);
		console.log(
			`  recorded      ${recorded} drop-offs (${tally.points} points); refused: ${refused}`
		);
		console.log(`  throughput    ${(recorded / seconds).toFixed(0)} drop-offs/s`);
		console.log(`  latency       p50 ${p50} ms, p99 ${p99} ms`);
		const per = (ms: number) => `${((1000 * ms) / Math.max(recorded, 1)).toFixed(0)} µs`;
		console.log(
			`  CPU per drop-off: app ${per(cpuMs.app)}, PostgreSQL ${per(cpuMs.pg)}, inspectors (this process) ${per(cpuMs.client)}; busy ${((cpuMs.app + cpuMs.pg + cpuMs.client) / (20 * seconds)).toFixed(0)}% of 2 cores`
		);
		console.log(`  ${await verify(sql, before, tally)}`);
		console.log(`  ${await describeDb(sql, counters, tally.latencies.length)}`);
		await sql.end();
	} finally {
		if (app?.pid) {
			// The whole group: the app and the HTTP processes it forked.
			process.kill(-app.pid, 'SIGTERM');
			await new Promise((r) => app?.once('exit', r));
		}
		await server.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
