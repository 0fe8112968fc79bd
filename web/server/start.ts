import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { boot, onShutdown, printBanner } from './boot';
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

const booted = await boot();
const realtime = await startEmbeddedRealtime();
buildIfStale();
const PLAIN_HTTP_HEADER = 'x-linli-plain-http';
// adapter-node assumes https unless told otherwise, and then refuses every form posted over plain
// http as cross-site. Without ORIGIN (set it behind a TLS proxy), this server is the edge and
// speaks plain http, so it says so in a header of its own that no client can supply.
const plainHttp = !process.env.ORIGIN;
// adapter-node refuses an empty ORIGIN as a malformed URL; empty means unset here.
if (plainHttp) delete process.env.ORIGIN;
if (plainHttp) process.env.PROTOCOL_HEADER = PLAIN_HTTP_HEADER;
// Forms carry photos (up to 2 MB each after the browser shrinks them, more without JavaScript).
process.env.BODY_SIZE_LIMIT ??= '12M';
const handlerUrl = pathToFileURL(path.resolve('build/handler.js')).href;
const { handler } = (await import(handlerUrl)) as { handler: RequestListener };
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 3000);
const server = createServer((req, res) => {
	if (plainHttp) req.headers[PLAIN_HTTP_HEADER] = 'http';
	return handler(req, res);
});
const worker = await startWorker(booted.database.url);
await new Promise<void>((resolve) => server.listen(port, host, resolve));
printBanner(`http://${host}:${port}`, booted);
console.log(`  ${realtime.description}\n`);

onShutdown(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	server.closeAllConnections();
	await worker.stop();
	await realtime.stop();
	await booted.database.stop();
});
