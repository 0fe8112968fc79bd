import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { hourDonations } from '../../../db/schema';
import {
	hourIssuanceAccount,
	residentHourAccount
} from '../../../web/src/lib/server/timebank/accounts';
import { answerDonation, donate } from '../../../web/src/lib/server/timebank/donation.service';
import { sweep } from '../../../web/src/lib/server/timebank/jobs';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, HOUR, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;

const hours = (who: Subject) => residentHourAccount(deps, who.id, world.home.id);
async function balance(who: Subject) {
	const id = await hours(who);
	return (await deps.posting.balances([id])).get(id);
}
async function phoneOf(who: Subject) {
	const rows = await db.sql<{ phone: string }[]>`select phone from users where id = ${who.id}`;
	return rows[0]?.phone ?? '';
}
async function statusOf(id: number) {
	const [row] = await db.db.select().from(hourDonations).where(eq(hourDonations.id, id));
	return row?.status;
}

async function give(giver: Subject, to: Subject, minutes: number, key: string) {
	const moved = await deps.posting.transfer({
		idempotencyKey: `test/earn/${key}`,
		kind: 'volunteer.hours',
		reference: 'test',
		actorId: giver.id,
		debitAccountId: await hourIssuanceAccount(deps, world.home.id),
		creditAccountId: await hours(giver),
		asset: 'HOUR',
		amount: minutes
	});
	expect(moved.ok).toBe(true);
	const given = await donate(deps, await self(deps, giver), {
		minutes,
		recipientPhone: await phoneOf(to)
	});
	if (!given.ok) throw new Error(given.error);
	return given.value.id;
}

beforeAll(async () => {
	world = await places(db);
});

describe('expiry of unanswered family donations', () => {
	it('should return the hours to the donor after 14 days, once, through the sweep', async () => {
		const [giver, son] = [await person(db, world.home), await person(db, world.home)];
		const id = await give(giver, son, 90, 'expiry-1');
		expect((await balance(giver))?.available).toBe(0);

		time.advance(14 * 24 * HOUR - 60_000);
		expect((await sweep(deps)).expiredDonations).toBe(0);
		expect(await statusOf(id)).toBe('pending');

		time.advance(60_000);
		expect((await sweep(deps)).expiredDonations).toBe(1);
		expect(await statusOf(id)).toBe('expired');
		expect((await balance(giver))?.available).toBe(90);
		expect((await balance(son))?.posted).toBe(0);

		// Idempotent: a second sweep changes nothing, and the son can no longer accept.
		expect((await sweep(deps)).expiredDonations).toBe(0);
		expect((await balance(giver))?.available).toBe(90);
		expect(await answerDonation(deps, await self(deps, son), id, true)).toEqual({
			ok: false,
			error: 'already_decided'
		});
		const notes = await db.sql<{ type: string }[]>`
			select type from notifications where user_id = ${giver.id} and type = 'donation_expired'`;
		expect(notes).toHaveLength(1);
	});

	it('should leave an accepted donation alone', async () => {
		const [giver, daughter] = [await person(db, world.home), await person(db, world.home)];
		const id = await give(giver, daughter, 60, 'expiry-2');
		expect(await answerDonation(deps, await self(deps, daughter), id, true)).toEqual({
			ok: true,
			value: true
		});
		time.advance(30 * 24 * HOUR);
		await sweep(deps);
		expect(await statusOf(id)).toBe('accepted');
		expect((await balance(daughter))?.posted).toBe(60);
		expect((await balance(giver))?.posted).toBe(0);
	});
});
