import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../../../db/schema';
import { saveUserDisplay, saveUserLocale } from '../../../web/src/lib/server/preferences';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();

async function newUser(phone: string) {
	const [row] = await db.db
		.insert(users)
		.values({ phone, displayName: '测试', passwordHash: 'x' })
		.returning();
	if (!row) throw new Error('insert failed');
	return row;
}

describe('saving preferences on the account', () => {
	it('should save the language and leave every other column alone', async () => {
		const before = await newUser('13900000001');
		const other = await newUser('13900000002');
		await saveUserLocale(db.db, before.id, 'en');
		const [after] = await db.db.select().from(users).where(eq(users.id, before.id));
		expect(after).toEqual({ ...before, locale: 'en' });
		const [untouched] = await db.db.select().from(users).where(eq(users.id, other.id));
		expect(untouched).toEqual(other);
	});

	it('should save both display modes, on and off again', async () => {
		const before = await newUser('13900000003');
		await saveUserDisplay(db.db, before.id, { largeText: true, highContrast: true });
		const [on] = await db.db.select().from(users).where(eq(users.id, before.id));
		expect(on).toEqual({ ...before, largeText: true, highContrast: true });
		await saveUserDisplay(db.db, before.id, { largeText: false, highContrast: true });
		const [mixed] = await db.db.select().from(users).where(eq(users.id, before.id));
		expect(mixed).toEqual({ ...before, largeText: false, highContrast: true });
	});
});
