/**
 * Redemption benchmark (`npm run bench:redeem`): the built app, started as people run it
 * (`npm start`) against its own embedded PostgreSQL on 127.0.0.1, takes redemptions over HTTP
 * from many distinct residents on 1,000 concurrent keep-alive connections (session check,
 * idempotency key, stock and limit reservation, ledger hold), then the partner confirms every
 * voucher at the counter endpoint. Residents, sessions and offers are written straight into the
 * database first, so the run measures redeeming, not signing up.
 *
 * Reports redemptions/s, p50/p99/p99.9 latency and the error rate, then reconciles: every
 * resident's balance, every offer's stock counter and the partner's receivable must match the
 * vouchers exactly. Target on 2 cores: ≥ 3,000 redemptions/s, p99 < 50 ms, no errors.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Logger, runMigrations as workerMigrations } from 'graphile-worker';
import postgres from 'postgres';
import { freePort, startEmbeddedPostgres } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { generateToken, hashToken } from '../../web/src/lib/server/auth/token';
import { PostingService } from '../../web/src/lib/server/ledger/posting.service';
import { startArgs } from './app-flags';
import {
	cpuSecondsOf,
	dbCounters,
	describeDb,
	peakRssMiB,
	postgresCpuMs,
	statsSettings
} from './db-stats';

const quietWorkerLogger = new Logger(() => () => {});
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 1000);
const RESIDENTS = Number(process.env.BENCH_RESIDENTS ?? CONNECTIONS);
const REDEMPTIONS = Number(process.env.BENCH_REDEMPTIONS ?? 20_000);
// Redemptions before the measured ones, not counted: a server that has been up for a few seconds
// has compiled its hot paths; the first seconds of a cold one are spent in V8's compiler.
const WARMUP = Number(process.env.BENCH_WARMUP_REDEMPTIONS ?? 5_000);
// Then, open loop: BENCH_RATE redemptions a second in all (default 1,500), each connection
// sending on a schedule for BENCH_RATE_SECONDS (10) whether or not its last answer came, as
// residents do; latency counts from the scheduled moment. 0 skips it.
const RATE = Number(process.env.BENCH_RATE ?? 1_500);
const RATE_SECONDS = Number(process.env.BENCH_RATE_SECONDS ?? 10);
const OPEN_LOOP = Math.round(RATE * RATE_SECONDS);
const OFFERS = Number(process.env.BENCH_OFFERS ?? 20);
const CONFIRM_CONNECTIONS = Number(process.env.BENCH_CONFIRM_CONNECTIONS ?? 50);
// BENCH_CONFIRMATIONS=0 leaves the vouchers issued (reconciliation still holds), for quicker runs.
const CONFIRMING = process.env.BENCH_CONFIRMATIONS !== '0';
const PRICE = 10;
const TARGET = { perSecond: 3000, p99Ms: 50 };
const FLOOR_REQUESTS = Number(process.env.BENCH_FLOOR_REQUESTS ?? 10_000);

interface Setup {
	sql: postgres.Sql;
	residents: { id: number; token: string }[];
	staffToken: string;
	partnerId: number;
	offerIds: number[];
}

async function setUp(url: string): Promise<Setup> {
	const sql = postgres(url, { max: 10, onnotice: () => {} });
	const [community] =
		await sql`insert into nodes (level, name) values ('city', '压测市') returning id`;
	let parent = community!.id as number;
	for (const level of ['district', 'street', 'community'] as const) {
		const [n] =
			await sql`insert into nodes (parent_id, level, name) values (${parent}, ${level}, ${`压测${level}`}) returning id`;
		parent = n!.id as number;
	}
	const communityId = parent;
	const expires = new Date(Date.now() + 86_400_000).toISOString();
	const users = await sql<{ id: number }[]>`
		insert into users (email, display_name, password_hash, community_id, status)
		select 'bench-' || i || '@bench.invalid', '居民' || i, 'x', ${communityId}, 'verified'
		from generate_series(0, ${RESIDENTS}) i returning id`;
	const tokens = users.map(() => generateToken());
	await sql`insert into sessions ${sql(users.map((u, i) => ({ id: hashToken(tokens[i]!), user_id: u.id, expires_at: expires, absolute_expires_at: expires })))}`;
	// Counter staff, not a manager: managers must pass two-step verification, the counter need not.
	const staff = users[RESIDENTS]!;
	const [partner] =
		await sql`insert into partners (name, licence_no, status) values ('压测商店', 'BENCH000000000001', 'approved') returning id`;
	const partnerId = partner!.id as number;
	await sql`insert into partner_staff (partner_id, user_id, is_manager) values (${partnerId}, ${staff.id}, false)`;
	await sql`insert into partner_communities (partner_id, community_id, status) values (${partnerId}, ${communityId}, 'approved')`;
	const perOffer = Math.ceil((WARMUP + REDEMPTIONS + OPEN_LOOP) / OFFERS);
	const offerIds: number[] = [];
	for (let i = 0; i < OFFERS; i++) {
		const [o] =
			await sql`insert into offers (partner_id, title, category, price_points, stock, valid_from, valid_until, status)
			values (${partnerId}, ${`压测 ${i}`}, 'food', ${PRICE}, ${perOffer}, now() - interval '1 day', now() + interval '30 days', 'live') returning id`;
		offerIds.push(o!.id as number);
		await sql`insert into offer_communities (offer_id, community_id) values (${o!.id}, ${communityId})`;
	}
	// Points through the posting service, like every other movement.
	const ledger = new PostingService(sql);
	const issuance = await ledger.ensureAccount({
		ownerType: 'community',
		ownerId: communityId,
		asset: 'POINT',
		kind: 'community_issuance'
	});
	if (!issuance.ok) throw new Error(issuance.error);
	const residents = users.slice(0, RESIDENTS);
	// Connections share one request counter, so a fast one may redeem more than its even share.
	const share = 3 * Math.ceil((WARMUP + REDEMPTIONS + OPEN_LOOP) / RESIDENTS) * PRICE;
	await Promise.all(
		residents.map(async (u) => {
			const account = await ledger.ensureAccount({
				ownerType: 'user',
				ownerId: u.id,
				asset: 'POINT',
				kind: 'resident'
			});
			if (!account.ok) throw new Error(account.error);
			const t = await ledger.transfer({
				debitAccountId: issuance.value.id,
				creditAccountId: account.value.id,
				asset: 'POINT',
				amount: share,
				idempotencyKey: `bench-fund-${u.id}`,
				kind: 'adjustment',
				reference: `bench/user:${u.id}`,
				actorId: 0
			});
			if (!t.ok) throw new Error(t.error);
		})
	);
	return {
		sql,
		residents: residents.map((u, i) => ({ id: u.id, token: tokens[i]! })),
		staffToken: tokens[RESIDENTS]!,
		partnerId,
		offerIds
	};
}

function post(
	agent: Agent,
	port: number,
	pathname: string,
	token: string,
	body: unknown,
	headers: Record<string, string> = {}
) {
	const payload = JSON.stringify(body);
	return new Promise<{ status: number; body: string }>((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path: pathname,
				method: 'POST',
				agent,
				headers: {
					'content-type': 'application/json',
					accept: 'application/json',
					origin: `http://127.0.0.1:${port}`,
					cookie: `linli_session=${token}`,
					'content-length': Buffer.byteLength(payload),
					...headers
				}
			},
			(res) => {
				let text = '';
				res.setEncoding('utf8');
				res.on('data', (c: string) => (text += c));
				res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
			}
		);
		req.on('error', reject);
		req.end(payload);
	});
}

function get(agent: Agent, port: number, pathname: string, token: string): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port,
				path: pathname,
				agent,
				headers: { accept: 'application/json', cookie: `linli_session=${token}` }
			},
			(res) => {
				res.resume();
				res.on('end', () => resolve(res.statusCode === 200));
			}
		);
		req.on('error', reject);
		req.end();
	});
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Rate, errors and latency percentiles of a finished run that began at `started`. */
function summarize(started: number, total: number, errors: number, latencies: number[]) {
	const seconds = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	return {
		seconds,
		perSecond: total / seconds,
		errors,
		p50: percentile(latencies, 50),
		p99: percentile(latencies, 99),
		p999: percentile(latencies, 99.9)
	};
}

/** Runs `total` requests on `connections` concurrent loops; returns latencies and outcomes. */
async function load(
	connections: number,
	total: number,
	send: (i: number, loop: number) => Promise<boolean>
) {
	const latencies: number[] = [];
	let next = 0;
	let errors = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: connections }, async (_, loop) => {
			while (next < total) {
				const i = next++;
				const t0 = performance.now();
				const ok = await send(i, loop).catch(() => false);
				latencies.push(performance.now() - t0);
				if (!ok) errors++;
			}
		})
	);
	return summarize(started, total, errors, latencies);
}

/**
 * Open loop: request i is due at start + i / rate, on connection i mod connections, and is sent
 * then (or as soon as that connection's previous answer is in); its latency runs from when it was
 * due, so a slow answer that holds back the next one counts against both.
 */
async function openLoop(
	connections: number,
	rate: number,
	total: number,
	send: (i: number, loop: number) => Promise<boolean>
) {
	const latencies: number[] = [];
	let errors = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: connections }, async (_, loop) => {
			for (let i = loop; i < total; i += connections) {
				const due = started + (1000 * i) / rate;
				const wait = due - performance.now();
				if (wait > 0) await new Promise((r) => setTimeout(r, wait));
				const ok = await send(i, loop).catch(() => false);
				latencies.push(performance.now() - due);
				if (!ok) errors++;
			}
		})
	);
	return summarize(started, total, errors, latencies);
}

function startApp(port: number, databaseUrl: string, dataDir: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, startArgs(), {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATABASE_URL: databaseUrl,
			LINLI_SEED: '0',
			LINLI_WORKER: '0',
			LINLI_DATA_DIR: dataDir,
			REALTIME_PORT: '0',
			DATABASE_POOL_SIZE: process.env.BENCH_POOL ?? '40',
			// One HTTP process per core, as the README advises for a machine with more than one.
			WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? String(availableParallelism()),
			// Every request comes from 127.0.0.1: lift the per-IP limits, as the security module allows.
			LINLI_RATE_LIMIT_SCALE: '1000000'
		},
		stdio: ['ignore', 'inherit', 'inherit'],
		detached: true
	});
	return new Promise((resolve, reject) => {
		const deadline = Date.now() + 600_000;
		const poll = () => {
			const req = request({ host: '127.0.0.1', port, path: '/healthz' }, (res) => {
				res.resume();
				if (res.statusCode === 200) resolve(child);
				else setTimeout(poll, 500);
			});
			req.on('error', () =>
				Date.now() > deadline ? reject(new Error('app did not start')) : setTimeout(poll, 500)
			);
			req.end();
		};
		child.on('exit', (code) => reject(new Error(`app exited with ${code}`)));
		poll();
	});
}

async function reconcile(s: Setup): Promise<string[]> {
	const problems: string[] = [];
	const offers = await s.sql`select o.id, o.redeemed, o.stock,
		(select count(*)::int from vouchers v where v.offer_id = o.id and v.status in ('issued', 'used')) as live
		from offers o where o.partner_id = ${s.partnerId}`;
	for (const o of offers) {
		if (o.redeemed !== o.live || o.redeemed > o.stock) {
			problems.push(`offer ${o.id}: redeemed ${o.redeemed}, vouchers ${o.live}, stock ${o.stock}`);
		}
	}
	const residents =
		await s.sql`select a.owner_id, a.credits_posted - a.debits_posted - a.debits_pending as available, a.credits_posted as funded,
		(select coalesce(sum(points), 0) from vouchers v where v.user_id = a.owner_id and v.status in ('issued', 'used'))::int as spent
		from ledger_accounts a where a.owner_type = 'user' and a.kind = 'resident' and a.owner_id in ${s.sql(s.residents.map((r) => r.id))}`;
	for (const r of residents) {
		if (Number(r.available) !== Number(r.funded) - r.spent) {
			problems.push(
				`resident ${r.owner_id}: available ${r.available}, funded ${r.funded}, vouchers ${r.spent}`
			);
		}
	}
	const [receivable] =
		await s.sql`select credits_posted::int as captured, credits_pending::int as pending,
		(select coalesce(sum(points), 0) from vouchers where partner_id = ${s.partnerId} and status = 'used')::int as used,
		(select coalesce(sum(points), 0) from vouchers where partner_id = ${s.partnerId} and status = 'issued')::int as issued
		from ledger_accounts where owner_type = 'partner' and owner_id = ${s.partnerId}`;
	if (receivable?.captured !== receivable?.used || receivable?.pending !== receivable?.issued) {
		problems.push(`receivable ${JSON.stringify(receivable)}`);
	}
	return problems;
}

async function main(): Promise<void> {
	const dir = await mkdtemp(path.join(tmpdir(), 'linli-bench-redeem-'));
	await chmod(dir, 0o755); // the postgres OS user must reach its data folder inside
	const pg = await startEmbeddedPostgres({
		dataDir: path.join(dir, 'pg'),
		settings: { max_connections: 300, ...statsSettings() },
		quiet: true
	});
	let app: ChildProcess | null = null;
	try {
		await runMigrations(pg.url);
		// The job queue's schema, as `npm start` makes it: the posting service's commit hook
		// queues the journal drain there (the drain itself runs in a worker, not in this run).
		await workerMigrations({ connectionString: pg.url, logger: quietWorkerLogger });
		const setup = await setUp(pg.url);
		const port = await freePort();
		app = await startApp(port, pg.url, path.join(dir, 'data'));
		// One keep-alive connection per resident, each from its own loopback address as residents'
		// phones have their own: the per-address rate-limit rows are then not one hot row.
		const agents = Array.from(
			{ length: CONNECTIONS },
			(_, i) =>
				new Agent({
					keepAlive: true,
					maxSockets: 1,
					localAddress: `127.0.${2 + Math.floor(i / 250)}.${1 + (i % 250)}`
				})
		);
		const codes: string[] = [];
		const refusals = new Map<string, number>();
		const redeemOne = async (i: number, loop: number) => {
			const resident = setup.residents[loop % setup.residents.length]!;
			const res = await post(
				agents[loop]!,
				port,
				'/vouchers',
				resident.token,
				{ offerId: setup.offerIds[i % setup.offerIds.length] },
				{ 'idempotency-key': randomUUID() }
			);
			if (res.status === 201) codes.push((JSON.parse(res.body) as { code: string }).code);
			else {
				const what = `${res.status} ${res.body.slice(0, 60)}`;
				refusals.set(what, (refusals.get(what) ?? 0) + 1);
			}
			return res.status === 201;
		};
		const warmup = await load(CONNECTIONS, WARMUP, redeemOne);
		// The floor: the same connections asking GET /healthz (every hook, one trivial query).
		const floor = await load(CONNECTIONS, FLOOR_REQUESTS, (_, loop) =>
			get(agents[loop]!, port, '/healthz', setup.residents[loop % setup.residents.length]!.token)
		);
		const counters = await dbCounters(setup.sql);
		const appCpuBefore = await cpuSecondsOf(app.pid);
		const pgCpuBefore = await postgresCpuMs(path.join(dir, 'pg'));
		const cpuBefore = process.cpuUsage();
		const redeem = await load(CONNECTIONS, REDEMPTIONS, redeemOne);
		// This process is the client: its CPU share shows whether it, not the app, is the limit.
		const cpu = process.cpuUsage(cpuBefore);
		const clientCpu = (cpu.user + cpu.system) / 1e6;
		const appCpu = (await cpuSecondsOf(app.pid)) - appCpuBefore;
		const pgCpu = ((await postgresCpuMs(path.join(dir, 'pg'))) - pgCpuBefore) / 1000;
		const appPeakRss = await peakRssMiB(app.pid);
		const redeemDb = await describeDb(setup.sql, counters, REDEMPTIONS);
		const open = OPEN_LOOP > 0 ? await openLoop(CONNECTIONS, RATE, OPEN_LOOP, redeemOne) : null;
		const staffAgent = new Agent({ keepAlive: true, maxSockets: CONFIRM_CONNECTIONS });
		const confirm = await load(CONFIRM_CONNECTIONS, CONFIRMING ? codes.length : 0, async (i) => {
			const res = await post(staffAgent, port, '/partner/counter', setup.staffToken, {
				code: codes[i]
			});
			return res.status === 200;
		});
		for (const a of agents) a.destroy();
		staffAgent.destroy();
		const problems = await reconcile(setup);
		const ms = (n: number) => `${n.toFixed(1)} ms`;
		console.log(
			`\nRedemptions: ${REDEMPTIONS} from ${setup.residents.length} residents on ${CONNECTIONS} connections, ${OFFERS} offers, after ${WARMUP} to warm up (${warmup.perSecond.toFixed(0)}/s)`
		);
		console.log(
			`  ${redeem.perSecond.toFixed(0)} redemptions/s · p50 ${ms(redeem.p50)} · p99 ${ms(redeem.p99)} · p99.9 ${ms(redeem.p999)} · errors ${redeem.errors + warmup.errors} (${((100 * (redeem.errors + warmup.errors)) / (REDEMPTIONS + WARMUP)).toFixed(2)}%)`
		);
		for (const [what, n] of refusals) console.log(`    ${n} × ${what}`);
		console.log(
			`  client CPU ${clientCpu.toFixed(1)} s in ${redeem.seconds.toFixed(1)} s (${((100 * clientCpu) / redeem.seconds).toFixed(0)}% of one core)`
		);
		console.log(
			`  app CPU ${appCpu.toFixed(1)} s (${((1000 * appCpu) / REDEMPTIONS).toFixed(2)} ms per redemption), peak RSS ${appPeakRss.toFixed(0)} MiB; PostgreSQL CPU ${pgCpu.toFixed(1)} s (${((1000 * pgCpu) / REDEMPTIONS).toFixed(2)} ms per redemption)`
		);
		console.log(`  ${redeemDb}`);
		if (open) {
			console.log(
				`Open loop: ${RATE}/s offered on the same ${CONNECTIONS} connections for ${RATE_SECONDS} s: ${open.perSecond.toFixed(0)}/s answered · p50 ${ms(open.p50)} · p99 ${ms(open.p99)} · p99.9 ${ms(open.p999)} · errors ${open.errors}`
			);
		}
		console.log(
			`Floor: GET /healthz on the same connections: ${floor.perSecond.toFixed(0)}/s · p50 ${ms(floor.p50)} · p99 ${ms(floor.p99)} · errors ${floor.errors}`
		);
		console.log(`Confirmations: ${codes.length} on ${CONFIRM_CONNECTIONS} connections`);
		console.log(
			`  ${confirm.perSecond.toFixed(0)} confirmations/s · p50 ${ms(confirm.p50)} · p99 ${ms(confirm.p99)} · p99.9 ${ms(confirm.p999)} · errors ${confirm.errors}`
		);
		console.log(
			problems.length === 0
				? 'Reconciliation: balances, stock and receivable match exactly.'
				: `Reconciliation FAILED:\n  ${problems.slice(0, 20).join('\n  ')}`
		);
		const met =
			redeem.perSecond >= TARGET.perSecond &&
			redeem.p99 < TARGET.p99Ms &&
			redeem.errors + warmup.errors + (open?.errors ?? 0) === 0;
		console.log(
			`Target (≥ ${TARGET.perSecond}/s, p99 < ${TARGET.p99Ms} ms, no errors): ${met ? 'met' : 'NOT met'}`
		);
		await setup.sql.end({ timeout: 5 });
		if (problems.length > 0) process.exitCode = 1;
	} finally {
		if (app?.pid) {
			process.kill(-app.pid, 'SIGTERM');
			await new Promise((r) => app?.once('exit', r));
		}
		await pg.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

await main();
