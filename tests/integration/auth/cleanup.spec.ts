import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThrottles, passwordResetTokens, sessions } from '../../../db/schema';
import { deleteExpiredAuthRows } from '../../../web/src/lib/server/auth/cleanup';
import { createSession } from '../../../web/src/lib/server/auth/session';
import { createTestDatabase } from '../../helpers/db';
import { createPlaces, createUser } from './fixtures';

const db = await createTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-03-01T08:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);

beforeAll(async () => {
	const { communityA1 } = await createPlaces(db.db);
	const { userId } = await createUser(db.db, communityA1.id, '13300000001', t0);
	// createUser left one live session from day 0; add one idle since day -40 and one that hit
	// the 90-day limit (created day -95, renewed to day 1 but absolute at day -5).
	await createSession(db.db, userId, at(-40));
	const old = await createSession(db.db, userId, at(-95));
	await db.db
		.update(sessions)
		.set({ expiresAt: at(1) })
		.where(eq(sessions.id, old.session.id));
	await db.db.insert(passwordResetTokens).values([
		{ id: 'old', userId, expiresAt: at(-2) },
		{ id: 'recent', userId, expiresAt: at(-0.5) }
	]);
	await db.db.insert(loginThrottles).values([
		{ key: 'ip:stale', failures: 3, updatedAt: at(-2) },
		{ key: 'ip:stale-blocked', failures: 9, updatedAt: at(-2), blockedUntil: at(1) },
		{ key: 'ip:fresh', failures: 3, updatedAt: at(-0.1) }
	]);
});

describe('deleteExpiredAuthRows', () => {
	it('should remove only rows that can no longer matter', async () => {
		const removed = await deleteExpiredAuthRows(db.db, t0);
		expect(removed).toEqual({ sessions: 2, resetTokens: 1, throttles: 1 });
		expect(await db.db.select({ id: sessions.id }).from(sessions)).toHaveLength(1);
		const links = await db.db.select({ id: passwordResetTokens.id }).from(passwordResetTokens);
		expect(links).toEqual([{ id: 'recent' }]);
		const keys = await db.db.select({ key: loginThrottles.key }).from(loginThrottles);
		expect(keys.map((k) => k.key).sort()).toEqual(['ip:fresh', 'ip:stale-blocked']);
	});
});
