/**
 * The long run of the ledger's model-based test: `npm run test:model -- --runs 2000 [--seed N]`.
 * Uses TEST_DATABASE_URL (a server URL with rights to create databases) or starts its own
 * embedded PostgreSQL in a temporary folder, and prints the seed so a failure can be replayed.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { ensureDatabase } from '../../db/connect';
import { startEmbeddedPostgres, withDatabase } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';
import { checkLedgerModel } from './ledger-commands';

const { values } = parseArgs({
	options: { runs: { type: 'string', default: '500' }, seed: { type: 'string' } }
});
const numRuns = Number(values.runs);
const seed = values.seed ? Number(values.seed) : Date.now() % 2 ** 31;

let serverUrl = process.env.TEST_DATABASE_URL;
let stop = async () => {};
if (!serverUrl) {
	const dir = await mkdtemp(path.join(tmpdir(), 'linli-model-pg-'));
	await chmod(dir, 0o755);
	const server = await startEmbeddedPostgres({
		dataDir: path.join(dir, 'data'),
		settings: { fsync: 'off' },
		quiet: true
	});
	serverUrl = server.url;
	stop = async () => {
		await server.stop();
		await rm(dir, { recursive: true, force: true });
	};
}
const name = `ledger_model_${seed}`;
await ensureDatabase(serverUrl, name);
const url = withDatabase(serverUrl, name);
await runMigrations(url);
const sql = postgres(url, { max: 4, onnotice: () => {} });
console.log(`ledger model: ${numRuns} runs, seed ${seed}`);
const started = Date.now();
let failed = false;
try {
	await checkLedgerModel(sql, { numRuns, seed });
	console.log(`ledger model: passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
	failed = true;
	console.error(error instanceof Error ? error.message : error);
} finally {
	await sql.end({ timeout: 5 });
	if (process.env.TEST_DATABASE_URL) {
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
	await stop();
}
process.exit(failed ? 1 : 0);
