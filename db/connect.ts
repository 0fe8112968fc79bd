import path from 'node:path';
import { startEmbeddedPostgres, withDatabase, type EmbeddedServer } from './embedded';
import postgres from 'postgres';

export interface ResolvedDatabase {
	url: string;
	embedded?: EmbeddedServer;
	stop(): Promise<void>;
}

export const DATA_DIR = path.resolve(process.env.LINLI_DATA_DIR ?? '.data');
const APP_DATABASE = 'linli';

/**
 * The one place that decides which PostgreSQL the process talks to: `DATABASE_URL` when set,
 * otherwise an embedded server with its data under `.data/postgres` (created on first start).
 */
export async function resolveDatabase(
	options: { quiet?: boolean } = {}
): Promise<ResolvedDatabase> {
	const configured = process.env.DATABASE_URL;
	if (configured) return { url: configured, stop: async () => {} };
	const embedded = await startEmbeddedPostgres({
		dataDir: path.join(DATA_DIR, 'postgres'),
		port: process.env.EMBEDDED_PG_PORT ? Number(process.env.EMBEDDED_PG_PORT) : undefined,
		quiet: options.quiet
	});
	await ensureDatabase(embedded.url, APP_DATABASE);
	return { url: withDatabase(embedded.url, APP_DATABASE), embedded, stop: () => embedded.stop() };
}

/** Creates a database if it does not exist yet. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
	const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
	try {
		const rows = await sql`select 1 from pg_database where datname = ${name}`;
		if (rows.length === 0) await sql.unsafe(`create database "${name}"`);
	} finally {
		await sql.end({ timeout: 5 });
	}
}
