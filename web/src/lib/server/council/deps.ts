import type postgres from 'postgres';
import { database, ledger } from '../context';
import { signingKey, type SigningKey } from '../journal/signing-key';
import { PostingService } from '../ledger';
import { realtime, type RealtimePort } from '../realtime/realtime';

/** A connection or a transaction: every query here runs on either. */
export type Queryable = postgres.Sql | postgres.TransactionSql;

/** What the council services need from the outside world; tests build their own. */
export interface CouncilDeps {
	sql: postgres.Sql;
	posting: PostingService;
	key: SigningKey;
	realtime: RealtimePort;
	now: () => Date;
}

let shared: CouncilDeps | undefined;

/** The app's dependencies, built once from the composition root. */
export function councilDeps(): CouncilDeps {
	if (!shared) {
		const sql = database().sql;
		shared = {
			sql,
			posting: ledger(),
			key: signingKey(),
			realtime: realtime(),
			now: () => new Date()
		};
	}
	return shared;
}

/**
 * The shared pool has drizzle's parsers: timestamps come back as text. Postgres text
 * (`2026-03-01 08:00:00.123+08`) is not ISO, so normalise before parsing.
 */
export function toDate(value: unknown): Date {
	if (value instanceof Date) return value;
	const text = String(value)
		.replace(' ', 'T')
		.replace(/([+-]\d\d)$/, '$1:00');
	return new Date(text);
}

export function toDateOrNull(value: unknown): Date | null {
	return value === null || value === undefined ? null : toDate(value);
}

/** jsonb comes back as text on the shared pool (and as a value elsewhere). */
export function fromJson(value: unknown): unknown {
	return typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
}

/** The calendar month in Beijing time, for monthly caps: '2026-03'. */
export function beijingMonth(at: Date): string {
	return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}
