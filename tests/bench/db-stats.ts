import type postgres from 'postgres';

/**
 * What the database did per request during a run: transactions committed (each one an fsync of
 * the WAL, unless several share it) and statements. With LINLI_BENCH_STATEMENTS=1 the bench's
 * server loads pg_stat_statements and the costliest statements are listed too.
 */
export const statementsWanted = process.env.LINLI_BENCH_STATEMENTS === '1';

/** Extra server settings for the embedded PostgreSQL of a bench. */
export const statsSettings = (): Record<string, string> =>
	statementsWanted ? { shared_preload_libraries: 'pg_stat_statements' } : {};

export interface DbCounters {
	commits: number;
}

/** Reads the counters at the start of a run (and empties pg_stat_statements). */
export async function dbCounters(sql: postgres.Sql): Promise<DbCounters> {
	if (statementsWanted) {
		await sql`create extension if not exists pg_stat_statements`;
		await sql`select pg_stat_statements_reset()`;
	}
	return commits(sql);
}

async function commits(sql: postgres.Sql): Promise<DbCounters> {
	await sql`select pg_stat_clear_snapshot()`;
	const [row] = await sql<{ commits: string }[]>`
		select xact_commit::text as commits from pg_stat_database where datname = current_database()`;
	return { commits: Number(row?.commits ?? 0) };
}

/** A few lines for the report; `requests` is how many requests the run answered. */
export async function describeDb(
	sql: postgres.Sql,
	before: DbCounters,
	requests: number
): Promise<string> {
	// pg_stat_database is updated by each backend at most every 500 ms (PGSTAT_MIN_INTERVAL).
	await new Promise((r) => setTimeout(r, 1100));
	const after = await commits(sql);
	const per = (n: number) => (n / Math.max(1, requests)).toFixed(2);
	const lines = [`database: ${per(after.commits - before.commits)} commits per request`];
	if (!statementsWanted) return lines.join('\n');
	const top = await sql<{ calls: string; ms: string; query: string }[]>`
		select s.calls::text as calls, round(s.total_exec_time)::text as ms,
			regexp_replace(left(query, 110), '\\s+', ' ', 'g') as query
		from pg_stat_statements s where s.dbid = (select oid from pg_database where datname = current_database())
		order by s.calls desc limit 25`;
	for (const t of top) {
		lines.push(`  ${per(Number(t.calls)).padStart(6)}/req ${t.ms.padStart(7)} ms  ${t.query}`);
	}
	return lines.join('\n');
}

/** Every process's parent, and its CPU seconds (user + system) so far, from /proc (Linux). */
async function processTable(): Promise<Map<number, { ppid: number; cpu: number }>> {
	const { readdir, readFile } = await import('node:fs/promises');
	const table = new Map<number, { ppid: number; cpu: number }>();
	for (const entry of await readdir('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid)) continue;
		const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
		if (!stat) continue;
		// Fields after the command name (which may hold spaces): ppid is the 2nd, utime and stime
		// the 12th and 13th.
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		table.set(pid, { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / 100 });
	}
	return table;
}

/** The process and all its descendants (an app that forked its HTTP processes). */
async function processTree(pid: number): Promise<{ pids: number[]; cpu: number }> {
	const table = await processTable();
	const pids = [pid];
	for (let i = 0; i < pids.length; i++) {
		for (const [child, p] of table) if (p.ppid === pids[i]) pids.push(child);
	}
	return { pids, cpu: pids.reduce((sum, p) => sum + (table.get(p)?.cpu ?? 0), 0) };
}

/** CPU seconds (user + system) a process and its descendants have used so far (Linux /proc). */
export async function cpuSecondsOf(pid: number | undefined): Promise<number> {
	if (!pid) return NaN;
	return (await processTree(pid)).cpu;
}

/**
 * CPU milliseconds (user + system) used so far by the PostgreSQL server whose data folder is
 * `dataDir`: its postmaster and every backend and helper it started (Linux /proc).
 */
export async function postgresCpuMs(dataDir: string): Promise<number> {
	const { readdir, readFile } = await import('node:fs/promises');
	const stats = new Map<number, { ppid: number; ms: number }>();
	let postmaster = 0;
	for (const entry of await readdir('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid)) continue;
		const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
		if (!stat.includes('(postgres)')) continue;
		const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		stats.set(pid, { ppid: Number(f[1]), ms: (Number(f[11]) + Number(f[12])) * 10 });
		const cmd = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
		if (cmd.includes(dataDir)) postmaster = pid;
	}
	let ms = 0;
	for (const [pid, s] of stats) if (pid === postmaster || s.ppid === postmaster) ms += s.ms;
	return ms;
}

/**
 * The most memory (resident set, MiB) the process has held so far, added up over it and its
 * descendants: VmHWM in Linux /proc.
 */
export async function peakRssMiB(pid: number | undefined): Promise<number> {
	if (!pid) return NaN;
	const { readFile } = await import('node:fs/promises');
	let kib = 0;
	for (const p of (await processTree(pid)).pids) {
		const status = await readFile(`/proc/${p}/status`, 'utf8').catch(() => '');
		kib += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
	}
	return kib / 1024;
}
