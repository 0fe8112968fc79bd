import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../../db/schema';
import { listCommunitiesByStreet } from '../../../web/src/lib/server/auth/community.repository';
import { verifyPassword } from '../../../web/src/lib/server/auth/password';
import { registerUser, type RegisterInput } from '../../../web/src/lib/server/auth/register';
import { validateSessionToken } from '../../../web/src/lib/server/auth/session';
import { decryptField, phoneHash } from '../../../web/src/lib/server/crypto';
import { createTestDatabase } from '../../helpers/db';
import { createPlaces, GOOD_PASSWORD } from './fixtures';

const db = await createTestDatabase();
const now = new Date('2026-03-01T08:00:00Z');
let places: Awaited<ReturnType<typeof createPlaces>>;

beforeAll(async () => {
	places = await createPlaces(db.db);
});

function input(overrides: Partial<RegisterInput> = {}): RegisterInput {
	return {
		login: '13812340001',
		password: GOOD_PASSWORD,
		displayName: '王阿姨',
		communityId: places.communityA1.id,
		locale: 'zh-CN',
		...overrides
	};
}

describe('registerUser', () => {
	it('should create an unverified account with an argon2id hash and log it in', async () => {
		const result = await registerUser(db.db, input({ login: '138 1234 0001' }), now);
		if (!result.ok) throw new Error(result.error);
		const [row] = await db.db.select().from(users).where(eq(users.id, result.userId));
		// The number is stored encrypted, found by its keyed hash, never in plaintext.
		expect(row?.phone).toBeNull();
		expect(row?.phoneHash).toBe(phoneHash('13812340001'));
		expect(decryptField('phone', row?.phoneCipher ?? '')).toBe('13812340001');
		expect(row?.status).toBe('unverified');
		expect(row?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(row?.passwordHash ?? '', GOOD_PASSWORD)).toBe(true);
		const validated = await validateSessionToken(db.db, result.token, now);
		expect(validated?.user).toMatchObject({
			id: result.userId,
			displayName: '王阿姨',
			status: 'unverified',
			roles: [
				{ role: 'resident', nodeId: places.communityA1.id, nodePath: places.communityA1.path }
			]
		});
	});

	it('should store e-mail addresses lower-cased', async () => {
		const result = await registerUser(db.db, input({ login: 'Li.Hua@Example.CN' }), now);
		if (!result.ok) throw new Error(result.error);
		const [row] = await db.db.select().from(users).where(eq(users.id, result.userId));
		expect(row?.email).toBe('li.hua@example.cn');
		expect(row?.phone).toBeNull();
	});

	it('should refuse a phone number or e-mail that is already registered', async () => {
		expect(await registerUser(db.db, input({ login: '+86 138-1234-0001' }), now)).toEqual({
			ok: false,
			error: 'login_taken'
		});
		expect(await registerUser(db.db, input({ login: 'LI.HUA@example.cn' }), now)).toEqual({
			ok: false,
			error: 'login_taken'
		});
	});

	it.each([
		['12812340001', 'invalid_login'],
		['1381234000', 'invalid_login'],
		['not-an-email@', 'invalid_login']
	])('should refuse the login %s', async (login, error) => {
		expect(await registerUser(db.db, input({ login }), now)).toEqual({ ok: false, error });
	});

	it.each([
		['short1', 'too_short'],
		['woaini1314', 'too_common'],
		['123456789a', 'too_common'],
		['13812340002abc', 'too_personal']
	])('should refuse the weak password %s', async (password, error) => {
		const result = await registerUser(db.db, input({ login: '13812340002', password }), now);
		expect(result).toEqual({ ok: false, error });
	});

	it('should refuse a blank name and a node that is not a community', async () => {
		expect(
			await registerUser(db.db, input({ login: '13812340003', displayName: '  ' }), now)
		).toEqual({ ok: false, error: 'invalid_name' });
		const street = await registerUser(
			db.db,
			input({ login: '13812340003', communityId: places.streetA.id }),
			now
		);
		expect(street).toEqual({ ok: false, error: 'unknown_community' });
		const hash = phoneHash('13812340003');
		const [count] = await db.sql`select count(*)::int as n from users where phone_hash = ${hash}`;
		expect(count?.n).toBe(0);
	});
});

describe('listCommunitiesByStreet', () => {
	it('should group the communities under their streets', async () => {
		const groups = await listCommunitiesByStreet(db.db);
		expect(groups.map((g) => [g.name, g.communities.map((c) => c.name)])).toEqual([
			['南京西路街道', ['王家沙社区']],
			['石门二路街道', ['恒丰社区', '新福康里社区']]
		]);
	});
});
