import { createServer, type RequestListener, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PLAIN_HTTP_HEADER = 'x-linli-plain-http';

/**
 * The settings the built handler reads from the environment, made once in the first process so
 * that every HTTP process (they inherit it) agrees.
 */
export function prepareHttpEnvironment(): void {
	// adapter-node assumes https unless told otherwise, and then refuses every form posted over
	// plain http as cross-site. Without ORIGIN (set it behind a TLS proxy), this server is the edge
	// and speaks plain http, so it says so in a header of its own that no client can supply.
	// adapter-node refuses an empty ORIGIN as a malformed URL; empty means unset here.
	if (!process.env.ORIGIN) {
		delete process.env.ORIGIN;
		process.env.PROTOCOL_HEADER = PLAIN_HTTP_HEADER;
	}
	// Forms carry photos (up to 2 MB each after the browser shrinks them, more without JavaScript).
	process.env.BODY_SIZE_LIMIT ??= '12M';
}

/** Serves the built app (build/handler.js) on HOST:PORT; in a cluster, every worker shares it. */
export async function serveHttp(): Promise<Server> {
	const plainHttp = process.env.PROTOCOL_HEADER === PLAIN_HTTP_HEADER;
	const handlerUrl = pathToFileURL(path.resolve('build/handler.js')).href;
	const { handler } = (await import(handlerUrl)) as { handler: RequestListener };
	const server = createServer((req, res) => {
		if (plainHttp) req.headers[PLAIN_HTTP_HEADER] = 'http';
		return handler(req, res);
	});
	const host = process.env.HOST ?? '127.0.0.1';
	const port = Number(process.env.PORT ?? 3000);
	await new Promise<void>((resolve) => server.listen(port, host, resolve));
	return server;
}

/** Stops taking requests and drops idle keep-alive connections, so the process can exit. */
export function closeHttp(server: Server): Promise<void> {
	return new Promise<void>((resolve) => {
		server.close(() => resolve());
		server.closeIdleConnections();
		// Requests still running get a moment to finish; then their connections go too.
		setTimeout(() => server.closeAllConnections(), 2_000).unref();
	});
}

/**
 * How many HTTP processes `npm start` runs: WEB_CONCURRENCY, as on most Node hosts, default 1.
 * One Node process uses one core for requests; on a machine with more, one per core lets requests
 * use them all. The processes share nothing in memory that matters (sessions, limits, queues and
 * batches live in PostgreSQL), as several instances behind a load balancer do.
 */
export function httpProcesses(env: Record<string, string | undefined> = process.env): number {
	const raw = env.WEB_CONCURRENCY;
	if (raw === undefined || raw === '') return 1;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1 || n > 64) {
		throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, not "${raw}"`);
	}
	return n;
}
