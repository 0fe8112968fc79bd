import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/db';

const db = await createTestDatabase();

describe('test database', () => {
	it('should be migrated from the template', async () => {
		const rows = await db.sql`select count(*)::int as n from nodes`;
		expect(rows[0]?.n).toBe(0);
	});
});
