import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../db/embedded';
import { healthReport } from '../../web/src/lib/server/health';
import { createTestDatabase } from '../helpers/db';

const db = await createTestDatabase();

describe('healthReport', () => {
	it('should report the database up with its latency', async () => {
		const report = await healthReport(db.sql);
		expect(report.status).toBe('ok');
		expect(report.database).toMatchObject({ status: 'up' });
	});

	it('should report the database down, without throwing, when it cannot be reached', async () => {
		const port = await freePort();
		const unreachable = postgres(`postgres://nobody:x@127.0.0.1:${port}/none`, {
			max: 1,
			connect_timeout: 2
		});
		try {
			expect(await healthReport(unreachable)).toEqual({
				status: 'error',
				database: { status: 'down' }
			});
		} finally {
			await unreachable.end({ timeout: 1 });
		}
	});
});
