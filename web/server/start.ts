import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import cluster, { type Worker as HttpProcess } from 'node:cluster';
import path from 'node:path';
import { boot, isShuttingDown, onShutdown, printBanner } from './boot';
import { closeHttp, httpProcesses, prepareHttpEnvironment, serveHttp } from './http';
import { startEmbeddedRealtime } from './realtime/embedded';
import { startWorker } from './worker';

const SOURCES = ['web', 'chain', 'db', 'svelte.config.js', 'vite.config.ts', 'package.json'];

function newestMtime(p: string): number {
	if (!existsSync(p)) return 0;
	const s = statSync(p);
	if (!s.isDirectory()) return s.mtimeMs;
	return readdirSync(p).reduce((m, f) => Math.max(m, newestMtime(path.join(p, f))), s.mtimeMs);
}

/** Builds the app when the build is missing or older than any source file. */
function buildIfStale(): void {
	const stamp = path.resolve('build/handler.js');
	const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	if (built > Math.max(...SOURCES.map(newestMtime))) return;
	console.log('  Building the app (vite build)…');
	const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
	if (r.status !== 0) throw new Error('vite build failed');
}

/**
 * `npm start`. The first process boots (database, migrations, demo data, real time, build), runs
 * the job queue and serves HTTP itself, or, with WEB_CONCURRENCY above 1, forks that many HTTP
 * processes that share the port (node:cluster) and inherit its settings.
 */
async function primary(): Promise<void> {
	const processes = httpProcesses();
	const booted = await boot();
	const realtime = await startEmbeddedRealtime();
	buildIfStale();
	prepareHttpEnvironment();
	const jobs = await startWorker(booted.database.url);
	const server = processes === 1 ? await serveHttp() : null;
	const forked = processes === 1 ? [] : await forkHttp(processes);
	const host = process.env.HOST ?? '127.0.0.1';
	printBanner(`http://${host}:${process.env.PORT ?? 3000}`, booted);
	if (forked.length > 0) console.log(`  HTTP: ${forked.length} processes (WEB_CONCURRENCY)`);
	console.log(`  ${realtime.description}\n`);

	onShutdown(async () => {
		if (server) await closeHttp(server);
		await Promise.all(forked.map(stopHttpProcess));
		await jobs.stop();
		await realtime.stop();
		await booted.database.stop();
	});
}

/** Forks the HTTP processes and waits until each listens; one that dies is replaced. */
async function forkHttp(n: number): Promise<HttpProcess[]> {
	const forked = Array.from({ length: n }, () => cluster.fork());
	cluster.on('exit', (dead, code, signal) => {
		if (isShuttingDown()) return;
		console.error(`  HTTP process ${dead.process.pid} ended (${signal ?? code}); starting another`);
		const i = forked.indexOf(dead);
		if (i >= 0) forked[i] = cluster.fork();
	});
	await Promise.all(
		forked.map(
			(w) =>
				new Promise<void>((resolve, reject) => {
					w.once('listening', () => resolve());
					w.once('exit', (code) => reject(new Error(`HTTP process exited with ${code}`)));
				})
		)
	);
	return forked;
}

function stopHttpProcess(w: HttpProcess): Promise<void> {
	if (w.isDead()) return Promise.resolve();
	return new Promise<void>((resolve) => {
		w.once('exit', () => resolve());
		w.process.kill('SIGTERM');
	});
}

/** A forked HTTP process: serves until told to stop. */
async function httpProcess(): Promise<void> {
	const server = await serveHttp();
	onShutdown(() => closeHttp(server), { quiet: true });
}

if (cluster.isPrimary) await primary();
else await httpProcess();
