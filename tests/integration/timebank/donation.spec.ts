import { beforeAll, describe, expect, it } from 'vitest';
import {
	residentHourAccount,
	carePoolAccount,
	hourIssuanceAccount
} from '../../../web/src/lib/server/timebank/accounts';
import {
	answerDonation,
	donate,
	grantFromCarePool
} from '../../../web/src/lib/server/timebank/donation.service';
import { timebankHealth } from '../../../web/src/lib/server/timebank/health.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;

async function posted(accountId: string) {
	return (await deps.posting.balances([accountId])).get(accountId)?.posted ?? 0;
}
const hours = (who: Subject) => residentHourAccount(deps, who.id, world.home.id);

/** Gives `who` earned hours, as a confirmed activity would. */
async function earn(who: Subject, minutes: number) {
	const moved = await deps.posting.transfer({
		idempotencyKey: `test/earn/${who.id}`,
		kind: 'volunteer.hours',
		reference: 'test',
		actorId: who.id,
		debitAccountId: await hourIssuanceAccount(deps, world.home.id),
		creditAccountId: await hours(who),
		asset: 'HOUR',
		amount: minutes
	});
	expect(moved.ok).toBe(true);
}

async function phoneOf(who: Subject) {
	return (
		(await db.sql<{ phone: string }[]>`select phone from users where id = ${who.id}`)[0]?.phone ??
		''
	);
}

beforeAll(async () => {
	world = await places(db);
});

describe('donations and the care pool', () => {
	it('should hold hours for a family member until they accept', async () => {
		const [giver, son] = [await person(db, world.home), await person(db, world.home)];
		await earn(giver, 300);
		const given = await donate(deps, await self(deps, giver), {
			minutes: 120,
			recipientPhone: await phoneOf(son)
		});
		if (!given.ok) throw new Error(given.error);
		expect(given.value.pending).toBe(true);
		const giverAccount = await hours(giver);
		expect((await deps.posting.balances([giverAccount])).get(giverAccount)?.available).toBe(180);
		expect(await answerDonation(deps, await self(deps, giver), given.value.id, true)).toEqual({
			ok: false,
			error: 'not_found'
		});
		expect(await answerDonation(deps, await self(deps, son), given.value.id, true)).toEqual({
			ok: true,
			value: true
		});
		expect(await answerDonation(deps, await self(deps, son), given.value.id, false)).toEqual({
			ok: false,
			error: 'already_decided'
		});
		expect(await posted(await hours(son))).toBe(120);
		expect(await posted(giverAccount)).toBe(180);
	});

	it('should give hours back when the family member declines', async () => {
		const [giver, niece] = [await person(db, world.home), await person(db, world.home)];
		await earn(giver, 60);
		const given = await donate(deps, await self(deps, giver), {
			minutes: 60,
			recipientPhone: await phoneOf(niece)
		});
		if (!given.ok) throw new Error(given.error);
		expect(await answerDonation(deps, await self(deps, niece), given.value.id, false)).toEqual({
			ok: true,
			value: true
		});
		const account = await hours(giver);
		expect((await deps.posting.balances([account])).get(account)?.available).toBe(60);
	});

	it('should refuse giving borrowed hours, oneself, or nothing', async () => {
		const giver = await person(db, world.home);
		await earn(giver, 30);
		const acting = await self(deps, giver);
		expect(await donate(deps, acting, { minutes: 31, recipientPhone: null })).toEqual({
			ok: false,
			error: 'insufficient_banked_hours'
		});
		expect(
			await donate(deps, acting, { minutes: 10, recipientPhone: await phoneOf(giver) })
		).toEqual({ ok: false, error: 'self_donation' });
		expect(await donate(deps, acting, { minutes: 0, recipientPhone: null })).toEqual({
			ok: false,
			error: 'minutes_invalid'
		});
		expect(await donate(deps, acting, { minutes: 10, recipientPhone: '13999999999' })).toEqual({
			ok: false,
			error: 'recipient_not_found'
		});
	});

	it('should fill the care pool and let the committee grant from it with a reason', async () => {
		const giver = await person(db, world.home);
		const needy = await person(db, world.home);
		const committee = await person(db, world.home, { roles: ['committee'] });
		await earn(giver, 200);
		expect(
			(await donate(deps, await self(deps, giver), { minutes: 200, recipientPhone: null })).ok
		).toBe(true);
		const pool = await carePoolAccount(deps, world.home.id);
		const before = await posted(pool);
		expect(before).toBeGreaterThanOrEqual(200);
		const input = { communityId: world.home.id, recipientId: needy.id, minutes: 90, reason: '' };
		expect(await grantFromCarePool(deps, committee, input)).toEqual({
			ok: false,
			error: 'reason_required'
		});
		expect(await grantFromCarePool(deps, needy, { ...input, reason: '独居' })).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(
			await grantFromCarePool(deps, committee, { ...input, minutes: before + 1, reason: '独居' })
		).toEqual({ ok: false, error: 'pool_too_small' });
		expect((await grantFromCarePool(deps, committee, { ...input, reason: '独居' })).ok).toBe(true);
		expect(await posted(await hours(needy))).toBe(90);
		expect(await posted(pool)).toBe(before - 90);
	});

	it('should report issued and outstanding hours for the committee', async () => {
		// Earned 300 + 60 + 30 + 200 above; residents now hold 180 + 120 + 60 + 30 + 0 + 90.
		const health = await timebankHealth(deps, world.home.id);
		expect(health.issuedMinutes).toBe(590);
		expect(health.outstandingMinutes).toBe(480);
		expect(health.disputes).toEqual([]);
	});
});
