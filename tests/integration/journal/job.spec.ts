import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCrontab, runMigrations, runOnce } from 'graphile-worker';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import {
	JOURNAL_CRONTAB,
	JOURNAL_SWEEP_TASK,
	JOURNAL_TASK,
	journalTask,
	nudgeJournal
} from '../../../web/src/lib/server/journal/job';
import {
	loadOrCreateKeyFile,
	parseSigningKey,
	signingKeyFrom
} from '../../../web/src/lib/server/journal/signing-key';
import { taskList } from '../../../web/src/lib/server/jobs/registry';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { createTestDatabase } from '../../helpers/db';
import { createAccounts, insertTransfers, journalPositions } from './fixtures';

const db = await createTestDatabase({ max: 4 });
await runMigrations({ connectionString: db.url, logger: undefined });
const privateKey = generateKeyPairSync('ed25519').privateKey;
const der = privateKey.export({ format: 'der', type: 'pkcs8' });
// The task reads its configuration from the environment, as in the worker process.
process.env.DATABASE_URL = db.url;
process.env.LEDGER_SIGNING_KEY = der.subarray(-32).toString('base64');

describe('signing key', () => {
	it('should read LEDGER_SIGNING_KEY as PKCS#8 DER or as the raw seed', () => {
		const expected = signingKeyFrom(privateKey);
		expect(parseSigningKey(der.toString('base64')).publicKey).toBe(expected.publicKey);
		expect(parseSigningKey(der.subarray(-32).toString('base64')).keyId).toBe(expected.keyId);
	});

	it('should create the key file once, owner-only, and reuse it', async () => {
		const file = path.join(
			await mkdtemp(path.join(tmpdir(), 'linli-key-')),
			'sub',
			'ledger-signing-key'
		);
		const first = loadOrCreateKeyFile(file);
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(loadOrCreateKeyFile(file).publicKey).toBe(first.publicKey);
		expect(first.keyId).toMatch(/^[0-9a-f]{16}$/);
	});
});

describe('ledger.journal job', () => {
	it('should keep one queued job however many nudges arrive', async () => {
		await insertTransfers(db.sql, await createAccounts(db.sql), 120);
		await Promise.all(Array.from({ length: 25 }, () => nudgeJournal(db.sql)));
		const jobs =
			await db.sql`select key, run_at <= now() as due from graphile_worker.jobs where task_identifier = ${JOURNAL_TASK}`;
		expect(jobs.map((j) => [j.key, j.due])).toEqual([[JOURNAL_TASK, true]]);
	});

	it('should never reject a nudge, even when the queue is unreachable', async () => {
		const broken = postgres(db.url.replace(/\/[^/]+$/, '/no_such_db'), {
			max: 1,
			onnotice: () => {}
		});
		await expect(nudgeJournal(broken)).resolves.toBeUndefined();
		await broken.end();
	});

	it('should drain when run and re-queue itself to seal the partial block', async () => {
		await runOnce({ connectionString: db.url, taskList: { [JOURNAL_TASK]: journalTask } });
		expect(await journalPositions(db.sql)).toHaveLength(120);
		const [job] = await db.sql`
			select (extract(epoch from run_at - now()) * 1000)::int as in_ms
			from graphile_worker.jobs where key = ${JOURNAL_TASK}`;
		expect(job?.in_ms).toBeGreaterThan(0);
		expect(job?.in_ms).toBeLessThanOrEqual(500);
		await new Promise((resolve) => setTimeout(resolve, 600));
		await runOnce({ connectionString: db.url, taskList: { [JOURNAL_TASK]: journalTask } });
		expect(await verifyJournal(db.sql)).toEqual({ ok: true, entries: 120, blocks: 1, outbox: 0 });
	});

	it('should have a crontab safety net graphile-worker accepts', () => {
		const [item] = parseCrontab(JOURNAL_CRONTAB);
		expect(item).toMatchObject({ task: JOURNAL_SWEEP_TASK, options: { jobKey: JOURNAL_TASK } });
		expect(taskList[JOURNAL_SWEEP_TASK]).toBe(journalTask);
		expect(taskList[JOURNAL_TASK]).toBe(journalTask);
	});
});
