import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema/index';

export type Schema = typeof schema;
export type Db = PostgresJsDatabase<Schema>;
export type Sql = postgres.Sql;

export interface DbHandle {
	db: Db;
	sql: Sql;
	close(): Promise<void>;
}

/** Opens one connection pool. The app builds exactly one of these in its composition root. */
export function createDb(url: string, options: { max?: number } = {}): DbHandle {
	const sql = postgres(url, {
		max: options.max ?? 20,
		onnotice: () => {},
		connection: { application_name: 'linli' }
	});
	const db = drizzle(sql, { schema });
	return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
