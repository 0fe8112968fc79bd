import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, withDatabase } from '../../db/embedded';
import { runMigrations } from '../../db/migrate';

export const TEMPLATE_DB = 'linli_template';

declare module 'vitest' {
	export interface ProvidedContext {
		pgServerUrl: string;
	}
}

/**
 * Starts one real PostgreSQL server for the whole run and migrates a template database; each test
 * file then clones the template (tests/helpers/db.ts), which takes milliseconds.
 * `TEST_DATABASE_URL` (a server URL with rights to create databases) replaces the embedded server.
 */
export default async function setup(project: TestProject) {
	let serverUrl = process.env.TEST_DATABASE_URL;
	let teardown = async () => {};
	if (!serverUrl) {
		const dataDir = await mkdtemp(path.join(tmpdir(), 'linli-test-pg-'));
		await chmod(dataDir, 0o755); // the postgres OS user must reach its data folder inside
		// fsync off: a test cluster needs no protection from power loss, and it halves the run.
		const server = await startEmbeddedPostgres({
			dataDir: path.join(dataDir, 'data'),
			settings: { fsync: 'off', full_page_writes: 'off' },
			quiet: true
		});
		serverUrl = server.url;
		teardown = async () => {
			await server.stop();
			await rm(dataDir, { recursive: true, force: true });
		};
	}
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`drop database if exists ${TEMPLATE_DB} with (force)`);
	await admin.unsafe(`create database ${TEMPLATE_DB}`);
	await runMigrations(withDatabase(serverUrl, TEMPLATE_DB));
	await admin.end();
	project.provide('pgServerUrl', serverUrl);
	return teardown;
}
