import type { Db } from '../../../../../db/client';

/** The database or an open transaction on it: services accept either. */
export type Executor = Db | Parameters<Parameters<Db['transaction']>[0]>[0];
export type { Db };

/** PostgreSQL's unique_violation, whether drizzle wrapped the driver error or not. */
export function isUniqueViolation(error: unknown): boolean {
	for (let e: unknown = error; e instanceof Error; e = e.cause) {
		if ((e as Error & { code?: unknown }).code === '23505') return true;
	}
	return false;
}
