import { createServer } from 'vite';
import { boot, onShutdown, printBanner } from './boot';
import { startEmbeddedRealtime } from './realtime/embedded';
import { startWorker } from './worker';

const booted = await boot();
const realtime = await startEmbeddedRealtime();
const port = Number(process.env.PORT ?? 5173);
const host = process.env.HOST ?? '127.0.0.1';
const vite = await createServer({ server: { port, host, strictPort: true } });
await vite.listen();
const worker = await startWorker(booted.database.url);
printBanner(`http://${host}:${port}`, booted);
console.log(`  ${realtime.description}\n`);

onShutdown(async () => {
	await vite.close();
	await worker.stop();
	await realtime.stop();
	await booted.database.stop();
});
