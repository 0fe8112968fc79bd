import { beforeAll, describe, expect, it } from 'vitest';
import { changePassword } from '../../../web/src/lib/server/auth/change-password';
import { logIn } from '../../../web/src/lib/server/auth/login';
import { createSession, validateSessionToken } from '../../../web/src/lib/server/auth/session';
import { createTestDatabase } from '../../helpers/db';
import { createPlaces, createUser, GOOD_PASSWORD } from './fixtures';

const db = await createTestDatabase();
const t0 = new Date('2026-03-01T08:00:00Z');
const NEW_PASSWORD = 'chrysanthemum-tea-1958';
let userId: number;
let phoneSession: string;

beforeAll(async () => {
	const { communityA1 } = await createPlaces(db.db);
	const user = await createUser(db.db, communityA1.id, '13500000001', t0);
	userId = user.userId;
	phoneSession = user.token;
});

describe('changePassword', () => {
	it('should require the current password', async () => {
		const result = await changePassword(
			db.db,
			{ userId, currentPassword: 'not-my-password', newPassword: NEW_PASSWORD },
			t0
		);
		expect(result).toEqual({ ok: false, error: 'wrong_password' });
	});

	it('should refuse a weak new password', async () => {
		const result = await changePassword(
			db.db,
			{ userId, currentPassword: GOOD_PASSWORD, newPassword: 'qwertyuiop' },
			t0
		);
		expect(result).toEqual({ ok: false, error: 'too_common' });
	});

	it('should end the other sessions and hand back a fresh one', async () => {
		const laptop = await createSession(db.db, userId, t0);
		const result = await changePassword(
			db.db,
			{ userId, currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD },
			t0
		);
		if (!result.ok) throw new Error(result.error);
		expect(await validateSessionToken(db.db, phoneSession, t0)).toBeNull();
		expect(await validateSessionToken(db.db, laptop.token, t0)).toBeNull();
		expect((await validateSessionToken(db.db, result.token, t0))?.user.id).toBe(userId);
		const login = await logIn(
			db.db,
			{ login: '13500000001', password: NEW_PASSWORD, ip: '10.0.0.1' },
			t0
		);
		expect(login.ok).toBe(true);
	});

	it('should throttle repeated wrong current passwords', async () => {
		const wrong = () =>
			changePassword(
				db.db,
				{ userId, currentPassword: 'guess-guess', newPassword: NEW_PASSWORD },
				t0
			);
		for (let i = 0; i < 4; i++) expect((await wrong()).ok).toBe(false);
		expect(await wrong()).toEqual({ ok: false, error: 'throttled', retryAfterSeconds: 60 });
	});
});
