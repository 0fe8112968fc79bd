import type { RequestEvent } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { roleGrants, sessions, users } from '../../../db/schema';
import { disableUser } from '../../../web/src/lib/server/auth/account-status';
import {
	createSession,
	invalidateSession,
	invalidateUserSessions,
	validateSessionToken
} from '../../../web/src/lib/server/auth/session';
import { hashToken } from '../../../web/src/lib/server/auth/token';
import { authHandle } from '../../../web/src/lib/server/hooks/auth';
import { createTestDatabase } from '../../helpers/db';
import { cookieJar, createPlaces, createUser } from './fixtures';

const db = await createTestDatabase();
const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date('2026-03-01T08:00:00Z');
const at = (days: number) => new Date(t0.getTime() + days * DAY);
let places: Awaited<ReturnType<typeof createPlaces>>;
let userId: number;

beforeAll(async () => {
	places = await createPlaces(db.db);
	userId = (await createUser(db.db, places.communityA1.id, '13900000001', t0)).userId;
});

describe('createSession', () => {
	it('should store only the SHA-256 of a 160-bit token, with 30-day and 90-day limits', async () => {
		const { token, session } = await createSession(db.db, userId, t0);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		const [row] = await db.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, hashToken(token)));
		expect(row?.id).toBe(session.id);
		expect(row?.id).toMatch(/^[0-9a-f]{64}$/);
		expect(row?.expiresAt).toEqual(at(30));
		expect(row?.absoluteExpiresAt).toEqual(at(90));
		const [raw] = await db.db.select().from(sessions).where(eq(sessions.id, token));
		expect(raw).toBeUndefined();
	});

	it('should give every login its own token', async () => {
		const a = await createSession(db.db, userId, t0);
		const b = await createSession(db.db, userId, t0);
		expect(a.token).not.toBe(b.token);
	});
});

describe('validateSessionToken', () => {
	it('should answer concurrent requests of different people each with their own session', async () => {
		const other = (await createUser(db.db, places.communityA1.id, '13900000077', t0)).userId;
		const mine = await createSession(db.db, userId, t0);
		const theirs = await createSession(db.db, other, t0);
		// Validated in the same turn, so they share one look-up.
		const [a, b, forged, again] = await Promise.all([
			validateSessionToken(db.db, mine.token, at(1)),
			validateSessionToken(db.db, theirs.token, at(1)),
			validateSessionToken(db.db, 'a'.repeat(32), at(1)),
			validateSessionToken(db.db, mine.token, at(1))
		]);
		expect([a?.user.id, b?.user.id, forged, again?.user.id]).toEqual([userId, other, null, userId]);
		expect(b?.session.id).toBe(theirs.session.id);
	});

	it('should keep the expiry while more than 15 days remain', async () => {
		const { token } = await createSession(db.db, userId, t0);
		const result = await validateSessionToken(db.db, token, at(14));
		expect(result?.renewed).toBe(false);
		expect(result?.session.expiresAt).toEqual(at(30));
	});

	it('should slide the expiry to 30 days from now when within 15 days of it', async () => {
		const { token } = await createSession(db.db, userId, t0);
		const result = await validateSessionToken(db.db, token, at(16));
		expect(result?.renewed).toBe(true);
		expect(result?.session.expiresAt).toEqual(at(46));
		const [row] = await db.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, hashToken(token)));
		expect(row?.expiresAt).toEqual(at(46));
	});

	it('should end an idle session after 30 days and delete it', async () => {
		const { token } = await createSession(db.db, userId, t0);
		expect(await validateSessionToken(db.db, token, at(30))).toBeNull();
		const rows = await db.db
			.select()
			.from(sessions)
			.where(eq(sessions.id, hashToken(token)));
		expect(rows).toEqual([]);
	});

	it('should never slide past the absolute limit of 90 days, however active', async () => {
		const { token } = await createSession(db.db, userId, t0);
		let last = null;
		for (const day of [16, 32, 48, 64, 80, 89]) {
			last = await validateSessionToken(db.db, token, at(day));
			expect(last).not.toBeNull();
		}
		expect(last?.session.expiresAt).toEqual(at(90));
		expect(await validateSessionToken(db.db, token, at(90))).toBeNull();
	});

	it('should treat malformed, tampered and unknown tokens as logged out', async () => {
		const { token } = await createSession(db.db, userId, t0);
		const flipped = (token[0] === 'a' ? 'b' : 'a') + token.slice(1);
		for (const bad of [flipped, token + 'a', token.toUpperCase(), '', "' or 1=1 --"]) {
			expect(await validateSessionToken(db.db, bad, t0)).toBeNull();
		}
		expect(await validateSessionToken(db.db, token, t0)).not.toBeNull();
	});

	it('should return granted roles with node paths next to the implicit resident role', async () => {
		await db.db.insert(roleGrants).values({ userId, role: 'committee', nodeId: places.streetA.id });
		const { token } = await createSession(db.db, userId, t0);
		const result = await validateSessionToken(db.db, token, t0);
		expect(result?.user.roles).toEqual([
			{ role: 'resident', nodeId: places.communityA1.id, nodePath: places.communityA1.path },
			{ role: 'committee', nodeId: places.streetA.id, nodePath: places.streetA.path }
		]);
	});
});

describe('ending sessions', () => {
	it('should end one session on logout and all but one on request', async () => {
		const a = await createSession(db.db, userId, t0);
		const b = await createSession(db.db, userId, t0);
		const c = await createSession(db.db, userId, t0);
		await invalidateSession(db.db, a.session.id);
		expect(await validateSessionToken(db.db, a.token, t0)).toBeNull();
		await invalidateUserSessions(db.db, userId, { except: c.session.id });
		expect(await validateSessionToken(db.db, b.token, t0)).toBeNull();
		expect(await validateSessionToken(db.db, c.token, t0)).not.toBeNull();
	});

	it('should end every session when the account is disabled', async () => {
		const other = await createUser(db.db, places.communityB1.id, '13900000002', t0);
		const second = await createSession(db.db, other.userId, t0);
		await disableUser(db.db, { userId: other.userId, byUserId: userId, reason: 'moved away' }, t0);
		expect(await validateSessionToken(db.db, other.token, t0)).toBeNull();
		expect(await validateSessionToken(db.db, second.token, t0)).toBeNull();
	});
});

describe('disabled accounts', () => {
	it('should refuse a session even when the status was set without ending sessions', async () => {
		const other = await createUser(db.db, places.communityB1.id, '13900000003', t0);
		await db.db
			.update(users)
			.set({ status: 'disabled', statusReason: 'set elsewhere' })
			.where(eq(users.id, other.userId));
		expect(await validateSessionToken(db.db, other.token, t0)).toBeNull();
	});
});

describe('authHandle', () => {
	process.env.DATABASE_URL ??= db.url;

	async function run(url: string, cookies: Record<string, string>) {
		const jar = cookieJar(cookies);
		const event = { url: new URL(url), cookies: jar.cookies, locals: { locale: 'en' } };
		await authHandle({
			event: event as unknown as RequestEvent,
			resolve: async () => new Response('ok')
		});
		return { jar, locals: event.locals as App.Locals };
	}

	it('should fill locals from a valid cookie, named __Host- over https', async () => {
		const { token } = await createSession(db.db, userId, new Date());
		const https = await run('https://linli.example/', { '__Host-linli_session': token });
		expect(https.locals.user?.id).toBe(userId);
		expect(https.locals.session?.userId).toBe(userId);
		const http = await run('http://127.0.0.1:5173/', { linli_session: token });
		expect(http.locals.user?.id).toBe(userId);
		expect(http.locals.locale).toBe('zh-CN'); // the account's language beats the browser's
		const wrongName = await run('https://linli.example/', { linli_session: token });
		expect(wrongName.locals.user).toBeNull();
		expect(wrongName.locals.locale).toBe('en');
	});

	it('should clear a tampered cookie and leave the visitor logged out', async () => {
		const { token } = await createSession(db.db, userId, new Date());
		const tampered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
		const { jar, locals } = await run('http://127.0.0.1:5173/', { linli_session: tampered });
		expect(locals.user).toBeNull();
		expect(locals.session).toBeNull();
		expect(jar.deleted).toEqual(['linli_session']);
	});
});
