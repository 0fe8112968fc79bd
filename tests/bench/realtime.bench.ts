/**
 * Real-time benchmark (`npm run bench:realtime`): 2,000 WebSocket clients subscribed to one
 * channel of the embedded server, 100 events triggered through the `pusher` library. Reports the
 * delivery latency (trigger call → frame at the client) and the memory an idle connection costs.
 *
 * The server runs in a child process so its RSS and heap are measured alone; the clients are bare
 * `ws` sockets speaking the protocol, which keeps the load generator light.
 * Targets: p99 latency < 100 ms, < 20 KiB per idle connection.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import Pusher from 'pusher';
import { WebSocket } from 'ws';
import { startRealtimeServer } from '../../web/server/realtime/server';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 2000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 100);
const CHANNEL = 'bench';
const APP = { appId: '1', key: 'bench-key', secret: 'bench-secret' };
const TARGET_P99_MS = 100;
/** A delivered benchmark event: `{"event":"tick",…,"data":"{\"seq\":12}"}`. */
const TICK = /^\{"event":"tick".*\\"seq\\":(\d+)/;
const TARGET_KIB_PER_CONNECTION = 20;

interface Memory {
	rss: number;
	heapUsed: number;
	external: number;
	connections: number;
}

type ServerMessage = { type: 'ready'; port: number } | ({ type: 'memory' } & Memory);

async function runServer(): Promise<void> {
	const server = await startRealtimeServer({ ...APP, port: 0, limits: { maxConnections: 50_000 } });
	const send = (m: ServerMessage) => process.send?.(m);
	const onMeasure = async () => {
		const gc = (globalThis as { gc?: () => void }).gc;
		for (let i = 0; i < 3; i++) {
			gc?.();
			await new Promise((r) => setTimeout(r, 100));
		}
		const { rss, heapUsed, external } = process.memoryUsage();
		send({ type: 'memory', rss, heapUsed, external, connections: server.stats().connections });
	};
	process.on('message', (message: string) => {
		if (message === 'measure') void onMeasure();
	});
	process.on('disconnect', () => void server.close().then(() => process.exit(0)));
	send({ type: 'ready', port: server.port });
}

function nextMessage<T extends ServerMessage['type']>(child: ChildProcess, type: T) {
	return new Promise<Extract<ServerMessage, { type: T }>>((resolve) => {
		const onMessage = (m: ServerMessage) => {
			if (m.type !== type) return;
			child.off('message', onMessage);
			resolve(m as Extract<ServerMessage, { type: T }>);
		};
		child.on('message', onMessage);
	});
}

async function measure(child: ChildProcess): Promise<Memory> {
	const reply = nextMessage(child, 'memory');
	child.send('measure');
	return reply;
}

/** Opens one client and subscribes it; `onEvent` gets each benchmark event's sequence number. */
function openClient(url: string, onEvent: (seq: number) => void): Promise<WebSocket> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(url, { perMessageDeflate: false });
		ws.on('error', reject);
		ws.on('message', (raw: Buffer) => {
			const text = raw.toString('utf8');
			// The hot path: 200,000 deliveries, so no JSON parsing for them.
			const seq = TICK.exec(text)?.[1];
			if (seq !== undefined) onEvent(Number(seq));
			else if (text.includes('pusher:connection_established')) {
				ws.send(JSON.stringify({ event: 'pusher:subscribe', data: { channel: CHANNEL } }));
			} else if (text.includes('pusher_internal:subscription_succeeded')) resolve(ws);
		});
	});
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function runBenchmark(): Promise<void> {
	const child = fork(fileURLToPath(import.meta.url), ['--server'], {
		execArgv: [...process.execArgv, '--expose-gc']
	});
	try {
		const { port } = await nextMessage(child, 'ready');
		const url = `ws://127.0.0.1:${port}/app/${APP.key}?protocol=7&client=bench&version=1`;
		const pusher = new Pusher({ ...APP, host: '127.0.0.1', port: String(port), useTLS: false });
		const before = await measure(child);

		const sentAt: number[] = [];
		const triggerMs: number[] = [];
		const latencies: number[] = [];
		const received = new Array<number>(EVENTS).fill(0);
		const firstMs: number[] = [];
		const onEvent = (seq: number) => {
			const latency = performance.now() - (sentAt[seq] ?? NaN);
			if (!received[seq]) firstMs.push(latency);
			latencies.push(latency);
			received[seq] = (received[seq] ?? 0) + 1;
		};
		const sockets: WebSocket[] = [];
		// Batches keep the listen backlog from overflowing while 2,000 sockets connect.
		for (let i = 0; i < CLIENTS; i += 100) {
			const batch = Math.min(100, CLIENTS - i);
			sockets.push(
				...(await Promise.all(Array.from({ length: batch }, () => openClient(url, onEvent))))
			);
		}
		await new Promise((r) => setTimeout(r, 1000));
		const idle = await measure(child);

		for (let seq = 0; seq < EVENTS; seq++) {
			sentAt[seq] = performance.now();
			await pusher.trigger(CHANNEL, 'tick', { seq });
			triggerMs.push(performance.now() - (sentAt[seq] ?? 0));
			const deadline = performance.now() + 5_000;
			while ((received[seq] ?? 0) < CLIENTS && performance.now() < deadline) {
				await new Promise((r) => setImmediate(r));
			}
		}
		for (const ws of sockets) ws.terminate();
		await report(before, idle, latencies, { triggerMs, firstMs });
	} finally {
		child.disconnect();
	}
}

async function report(
	before: Memory,
	idle: Memory,
	latencies: number[],
	parts: { triggerMs: number[]; firstMs: number[] }
): Promise<void> {
	const sorted = [...latencies].sort((a, b) => a - b);
	const triggers = [...parts.triggerMs].sort((a, b) => a - b);
	const firsts = [...parts.firstMs].sort((a, b) => a - b);
	const kib = (bytes: number) => bytes / 1024 / idle.connections;
	const result = {
		clients: idle.connections,
		events: EVENTS,
		delivered: latencies.length,
		expected: CLIENTS * EVENTS,
		latencyMs: {
			p50: percentile(sorted, 50),
			p99: percentile(sorted, 99),
			max: sorted.at(-1) ?? NaN,
			firstDeliveryP50: percentile(firsts, 50),
			firstDeliveryP99: percentile(firsts, 99),
			triggerCallP50: percentile(triggers, 50),
			triggerCallP99: percentile(triggers, 99)
		},
		perIdleConnectionKiB: {
			rss: kib(idle.rss - before.rss),
			heap: kib(idle.heapUsed - before.heapUsed),
			external: kib(idle.external - before.external)
		}
	};
	const p99ok = result.latencyMs.p99 < TARGET_P99_MS && result.delivered === result.expected;
	const memoryOk = result.perIdleConnectionKiB.rss < TARGET_KIB_PER_CONNECTION;
	const f = (n: number) => n.toFixed(2);
	console.log(`
  Real-time benchmark: ${result.clients} clients on one channel, ${EVENTS} events
  delivered          ${result.delivered} / ${result.expected}
  latency p50        ${f(result.latencyMs.p50)} ms
  latency p99        ${f(result.latencyMs.p99)} ms   (target < ${TARGET_P99_MS} ms: ${p99ok ? 'met' : 'MISSED'})
  latency max        ${f(result.latencyMs.max)} ms
  first client       p50 ${f(result.latencyMs.firstDeliveryP50)} ms, p99 ${f(result.latencyMs.firstDeliveryP99)} ms (the rest is the fan-out to 2,000 sockets)
  trigger call       p50 ${f(result.latencyMs.triggerCallP50)} ms, p99 ${f(result.latencyMs.triggerCallP99)} ms (HTTP round trip, fan-out included)
  per idle conn RSS  ${f(result.perIdleConnectionKiB.rss)} KiB   (target < ${TARGET_KIB_PER_CONNECTION} KiB: ${memoryOk ? 'met' : 'MISSED'})
  per idle conn heap ${f(result.perIdleConnectionKiB.heap)} KiB (+ ${f(result.perIdleConnectionKiB.external)} KiB external)
`);
	await mkdir('.bench', { recursive: true });
	await writeFile('.bench/realtime.json', JSON.stringify(result, null, '\t') + '\n');
	if (!p99ok || !memoryOk) process.exitCode = 1;
}

if (process.argv.includes('--server')) await runServer();
else await runBenchmark();
