import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loginThrottles } from '../../../db/schema';
import { disableUser } from '../../../web/src/lib/server/auth/account-status';
import { logIn } from '../../../web/src/lib/server/auth/login';
import { validateSessionToken } from '../../../web/src/lib/server/auth/session';
import { createTestDatabase } from '../../helpers/db';
import { createPlaces, createUser, GOOD_PASSWORD } from './fixtures';

const db = await createTestDatabase();
const t0 = new Date('2026-03-01T08:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
let communityId: number;

beforeAll(async () => {
	communityId = (await createPlaces(db.db)).communityA1.id;
	await createUser(db.db, communityId, '13700000001', t0);
	await createUser(db.db, communityId, 'zhao@example.cn', t0);
	await createUser(db.db, communityId, '13700000002', t0);
});

describe('logIn', () => {
	it('should log in by phone, in any common spelling, with a new session each time', async () => {
		const a = await logIn(
			db.db,
			{ login: '137 0000 0001', password: GOOD_PASSWORD, ip: '10.0.0.1' },
			t0
		);
		const b = await logIn(
			db.db,
			{ login: '+8613700000001', password: GOOD_PASSWORD, ip: '10.0.0.1' },
			t0
		);
		if (!a.ok || !b.ok) throw new Error('login failed');
		expect(a.userId).toBe(b.userId);
		expect(a.token).not.toBe(b.token);
		expect((await validateSessionToken(db.db, a.token, t0))?.user.phone).toBe('13700000001');
	});

	it('should log in by e-mail regardless of case', async () => {
		const result = await logIn(
			db.db,
			{ login: 'ZHAO@example.cn', password: GOOD_PASSWORD, ip: '10.0.0.1' },
			t0
		);
		expect(result.ok).toBe(true);
	});

	it('should answer a wrong password and an unknown account identically', async () => {
		const wrong = await logIn(
			db.db,
			{ login: '13700000001', password: 'not-the-password', ip: '10.0.0.2' },
			t0
		);
		const unknown = await logIn(
			db.db,
			{ login: '13799999999', password: GOOD_PASSWORD, ip: '10.0.0.2' },
			t0
		);
		const garbage = await logIn(
			db.db,
			{ login: 'nobody', password: GOOD_PASSWORD, ip: '10.0.0.2' },
			t0
		);
		expect(wrong).toEqual({ ok: false, error: 'invalid_credentials' });
		expect(unknown).toEqual(wrong);
		expect(garbage).toEqual(wrong);
	});

	it('should refuse a disabled account only once the password is right', async () => {
		const user = await createUser(db.db, communityId, '13700000009', t0);
		await disableUser(db.db, { userId: user.userId, byUserId: user.userId, reason: 'test' }, t0);
		const wrong = await logIn(
			db.db,
			{ login: '13700000009', password: 'not-the-password', ip: '10.0.0.3' },
			t0
		);
		const right = await logIn(
			db.db,
			{ login: '13700000009', password: GOOD_PASSWORD, ip: '10.0.0.3' },
			t0
		);
		expect(wrong).toEqual({ ok: false, error: 'invalid_credentials' });
		expect(right).toEqual({ ok: false, error: 'account_disabled' });
	});
});

describe('login throttling', () => {
	const attempt = (password: string, now: Date, login = '13700000002', ip = '10.0.1.1') =>
		logIn(db.db, { login, password, ip }, now);

	it('should wait 1 minute after the 5th failure, then double, and refuse even the right password meanwhile', async () => {
		for (let i = 1; i <= 4; i++) {
			expect(await attempt('wrong-password', later(i))).toEqual({
				ok: false,
				error: 'invalid_credentials'
			});
		}
		expect(await attempt('wrong-password', later(5))).toEqual({
			ok: false,
			error: 'throttled',
			retryAfterSeconds: 60
		});
		expect(await attempt(GOOD_PASSWORD, later(35))).toEqual({
			ok: false,
			error: 'throttled',
			retryAfterSeconds: 30
		});
		expect(await attempt('wrong-password', later(66))).toEqual({
			ok: false,
			error: 'throttled',
			retryAfterSeconds: 120
		});
		expect(await attempt('wrong-password', later(187))).toEqual({
			ok: false,
			error: 'throttled',
			retryAfterSeconds: 240
		});
	});

	it('should reset the account counter after a successful login', async () => {
		const result = await attempt(GOOD_PASSWORD, later(500));
		expect(result.ok).toBe(true);
		const rows = await db.db
			.select()
			.from(loginThrottles)
			.where(eq(loginThrottles.key, 'account:13700000002'));
		expect(rows).toEqual([]);
		expect(await attempt('wrong-password', later(501))).toEqual({
			ok: false,
			error: 'invalid_credentials'
		});
	});

	it('should throttle unknown accounts exactly like real ones', async () => {
		let last;
		for (let i = 1; i <= 5; i++) {
			last = await attempt('x-password', later(i), '13611111111', '10.0.2.1');
		}
		expect(last).toEqual({ ok: false, error: 'throttled', retryAfterSeconds: 60 });
	});

	it('should throttle an address that tries many accounts', async () => {
		let last;
		for (let i = 0; i < 20; i++) {
			last = await attempt(
				'x-password',
				later(i),
				`1350000${String(i).padStart(4, '0')}`,
				'10.0.3.1'
			);
		}
		expect(last).toEqual({ ok: false, error: 'throttled', retryAfterSeconds: 60 });
		// The 20th failure came at second 19, so at second 30 there are 49 seconds left.
		const fromThere = await attempt(GOOD_PASSWORD, later(30), 'zhao@example.cn', '10.0.3.1');
		expect(fromThere).toEqual({ ok: false, error: 'throttled', retryAfterSeconds: 49 });
		const elsewhere = await attempt(GOOD_PASSWORD, later(30), 'zhao@example.cn', '10.0.3.2');
		expect(elsewhere.ok).toBe(true);
	});
});
