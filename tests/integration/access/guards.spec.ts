import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_COMMITTEE, DEMO_RESIDENT, DEMO_UNVERIFIED } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import {
	requirePermission,
	requirePermissionSomewhere,
	requireUser,
	type AccessUser
} from '../../../web/src/lib/server/access/guards';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName, subjectByPhone } from './subject';

const db = await createTestDatabase();
await seedIfEmpty(db.url);
// The guards resolve node ids through the app's one pool, which reads DATABASE_URL on first use.
process.env.DATABASE_URL = db.url;

const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
const unverified = await subjectByPhone(db, DEMO_UNVERIFIED.phone);
const admin = await subjectByPhone(db, DEMO_ADMIN.phone);
const home = await nodeByName(db, '盐运西社区');
const elsewhere = await nodeByName(db, '南兴社区');
const as = (user: AccessUser | null) => ({ user });

/** Runs a guard and returns what it threw: a redirect location or an HTTP status. */
async function outcome(run: () => unknown): Promise<string | number> {
	try {
		await run();
		return 'allowed';
	} catch (e) {
		if (isRedirect(e)) return e.location;
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('requireUser', () => {
	it('should send a visitor to log in and bring them back afterwards', async () => {
		const url = new URL('http://127.0.0.1/committee?tab=2');
		expect(await outcome(() => requireUser(as(null), url))).toBe(
			'/login?redirectTo=%2Fcommittee%3Ftab%3D2'
		);
		expect(requireUser(as(resident), url)).toBe(resident);
	});
});

describe('requirePermission', () => {
	it.each([
		['visitor', null, home.path, 401],
		['resident', resident, home.path, 403],
		['unverified', unverified, home.path, 403],
		['committee at home', committee, home.path, 'allowed'],
		['committee elsewhere', committee, elsewhere.path, 403],
		['admin (no committee role)', admin, home.path, 403]
	] as const)('member.verify for %s → %s', async (_name, user, path, expected) => {
		expect(await outcome(() => requirePermission(as(user), 'member.verify', path))).toBe(expected);
	});

	it('should resolve node ids, and answer 404 for a node that does not exist', async () => {
		expect(await outcome(() => requirePermission(as(committee), 'member.verify', home.id))).toBe(
			'allowed'
		);
		expect(
			await outcome(() => requirePermission(as(committee), 'member.verify', elsewhere.id))
		).toBe(403);
		expect(await outcome(() => requirePermission(as(committee), 'member.verify', 999_999))).toBe(
			404
		);
		expect(
			await outcome(() => requirePermission(as(admin), 'hierarchy.manage', elsewhere.id))
		).toBe('allowed');
	});
});

describe('requirePermissionSomewhere', () => {
	it('should open the committee console to committee members only', async () => {
		expect(requirePermissionSomewhere(as(committee), 'member.verify').scopes).toEqual([home.path]);
		expect(await outcome(() => requirePermissionSomewhere(as(resident), 'member.verify'))).toBe(
			403
		);
		expect(await outcome(() => requirePermissionSomewhere(as(null), 'member.verify'))).toBe(401);
	});
});
