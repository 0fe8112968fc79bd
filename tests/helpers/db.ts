import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { createDb, type DbHandle } from '../../db/client';
import { withDatabase } from '../../db/embedded';

export interface TestDatabase extends DbHandle {
	url: string;
	name: string;
}

/**
 * A fresh, migrated database for the calling test file, cloned from the run's template and
 * dropped after the file's tests. Call it at the top level of a spec file.
 */
export async function createTestDatabase(options: { max?: number } = {}): Promise<TestDatabase> {
	const serverUrl = inject('pgServerUrl');
	const name = `t_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name} template linli_template`);
	const url = withDatabase(serverUrl, name);
	const handle = createDb(url, options);
	afterAll(async () => {
		await handle.close();
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	});
	return { ...handle, url, name };
}
