import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { ADVISORY_LOCKS } from './locks';

const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = path.join(here, 'migrations');
const sqlFolder = path.join(here, 'sql');

/**
 * Brings a database to the current schema: first drizzle-kit's generated migrations, then the
 * hand-written SQL in db/sql (triggers and functions that drizzle cannot express). Every file in
 * db/sql is idempotent (CREATE OR REPLACE, DROP … IF EXISTS) and is re-applied on every run, in
 * name order. An advisory lock makes concurrent starts of several instances safe.
 */
export async function runMigrations(url: string): Promise<void> {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await sql`select pg_advisory_lock(${ADVISORY_LOCKS.migrate})`;
		await migrate(drizzle(sql), { migrationsFolder });
		const files = (await readdir(sqlFolder)).filter((f) => f.endsWith('.sql')).sort();
		for (const file of files) {
			await sql.unsafe(await readFile(path.join(sqlFolder, file), 'utf8'));
		}
		await sql`select pg_advisory_unlock(${ADVISORY_LOCKS.migrate})`;
	} finally {
		await sql.end({ timeout: 5 });
	}
}
