import type postgres from 'postgres';

export interface HealthReport {
	status: 'ok' | 'error';
	database: { status: 'up'; latencyMs: number } | { status: 'down' };
}

/** What GET /healthz answers: a round trip to the database, timed. Never throws. */
export async function healthReport(sql: postgres.Sql): Promise<HealthReport> {
	const started = performance.now();
	try {
		await sql`select 1`;
		const latencyMs = Math.round(performance.now() - started);
		return { status: 'ok', database: { status: 'up', latencyMs } };
	} catch {
		return { status: 'error', database: { status: 'down' } };
	}
}
