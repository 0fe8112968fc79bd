import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { aidEvents, proxyActions, timebankSettings } from '../../../db/schema';
import { residentHourAccount } from '../../../web/src/lib/server/timebank/accounts';
import {
	autoAcceptDue,
	confirmAid,
	disputeAid,
	rateAid,
	resolveDispute
} from '../../../web/src/lib/server/timebank/aid-settle.service';
import {
	acceptHelper,
	postAid,
	recordHours,
	respond
} from '../../../web/src/lib/server/timebank/aid.service';
import { actFor } from '../../../web/src/lib/server/timebank/proxy.service';
import { addProxy } from '../../../web/src/lib/server/timebank/proxy.service';
import { createTestDatabase } from '../../helpers/db';
import { clock, depsFor, person, places, self, type Subject } from './fixtures';

const db = await createTestDatabase();
const time = clock('2026-05-01T08:00:00Z');
const deps = depsFor(db, time.now);
let world: Awaited<ReturnType<typeof places>>;

const request = {
	kind: 'request' as const,
	title: '陪我去医院',
	description: '周二上午',
	category: 'escort',
	estimatedMinutes: 180,
	windowStart: null,
	windowEnd: null,
	place: '市一医院'
};

async function balance(who: Subject) {
	const id = await residentHourAccount(deps, who.id, world.home.id);
	return (await deps.posting.balances([id])).get(id)?.posted ?? 0;
}

/** A request by `recipient`, answered and accepted with `helper`, with `minutes` recorded by the helper. */
async function exchange(recipient: Subject, helper: Subject, minutes: number) {
	const post = await postAid(deps, await self(deps, recipient), request);
	if (!post.ok) throw new Error(post.error);
	const id = post.value.id;
	expect(await respond(deps, await self(deps, helper), id, '我可以')).toEqual({
		ok: true,
		value: true
	});
	expect(await acceptHelper(deps, await self(deps, recipient), id, helper.id)).toEqual({
		ok: true,
		value: true
	});
	expect(await recordHours(deps, await self(deps, helper), id, minutes)).toEqual({
		ok: true,
		value: true
	});
	return id;
}

beforeAll(async () => {
	world = await places(db);
});

describe('mutual aid', () => {
	it('should move the hours from recipient to provider after the other side confirms', async () => {
		const [elder, helper] = [await person(db, world.home), await person(db, world.home)];
		const post = await postAid(deps, await self(deps, elder), request);
		if (!post.ok) throw new Error(post.error);
		expect(await respond(deps, await self(deps, elder), post.value.id, '')).toEqual({
			ok: false,
			error: 'own_post'
		});
		const id = await exchange(elder, helper, 150).catch(() => 0);
		expect(id).toBeGreaterThan(0);
		expect(await confirmAid(deps, await self(deps, helper), id)).toEqual({
			ok: false,
			error: 'recorded_by_you'
		});
		expect(await confirmAid(deps, await self(deps, elder), id)).toEqual({ ok: true, value: true });
		expect(await confirmAid(deps, await self(deps, elder), id)).toEqual({
			ok: false,
			error: 'already_confirmed'
		});
		expect(await balance(elder)).toBe(-150);
		expect(await balance(helper)).toBe(150);
		const steps = await db.db.select().from(aidEvents).where(eq(aidEvents.postId, id));
		expect(steps.map((s) => s.type)).toEqual([
			'posted',
			'responded',
			'accepted',
			'recorded',
			'confirmed'
		]);
		expect(
			await rateAid(deps, await self(deps, elder), { postId: id, stars: 5, thanks: '谢谢' })
		).toEqual({ ok: true, value: true });
		expect(
			await rateAid(deps, await self(deps, elder), { postId: id, stars: 5, thanks: '' })
		).toEqual({ ok: false, error: 'already_rated' });
	});

	it('should refuse a recipient beyond the credit limit, changing nothing', async () => {
		await db.db
			.insert(timebankSettings)
			.values({ communityId: world.home.id, creditLimitMinutes: -120 })
			.onConflictDoUpdate({
				target: timebankSettings.communityId,
				set: { creditLimitMinutes: -120 }
			});
		const [elder, helper] = [await person(db, world.home), await person(db, world.home)];
		const id = await exchange(elder, helper, 180);
		expect(await confirmAid(deps, await self(deps, elder), id)).toEqual({
			ok: false,
			error: 'beyond_credit_limit'
		});
		expect(await balance(elder)).toBe(0);
		expect(await balance(helper)).toBe(0);
		await db.db.delete(timebankSettings).where(eq(timebankSettings.communityId, world.home.id));
	});

	it('should accept automatically after seven days, not before', async () => {
		time.set('2026-05-01T08:00:00Z');
		const [elder, helper] = [await person(db, world.home), await person(db, world.home)];
		const id = await exchange(elder, helper, 60);
		time.set('2026-05-08T07:59:00Z');
		await autoAcceptDue(deps);
		expect(await balance(helper)).toBe(0);
		time.set('2026-05-08T08:00:00Z');
		await autoAcceptDue(deps);
		await autoAcceptDue(deps);
		expect(await balance(helper)).toBe(60);
		const steps = await db.db.select().from(aidEvents).where(eq(aidEvents.postId, id));
		expect(steps.at(-1)?.type).toBe('auto_confirmed');
		time.set('2026-05-01T08:00:00Z');
	});

	it('should let the committee decide a dispute with a reason', async () => {
		const [elder, helper] = [await person(db, world.home), await person(db, world.home)];
		const committee = await person(db, world.home, { roles: ['committee'] });
		const id = await exchange(elder, helper, 240);
		expect(await disputeAid(deps, await self(deps, elder), id, '')).toEqual({
			ok: false,
			error: 'reason_required'
		});
		expect(await disputeAid(deps, await self(deps, elder), id, '只陪了两个小时')).toEqual({
			ok: true,
			value: true
		});
		time.set('2026-06-01T00:00:00Z');
		await autoAcceptDue(deps);
		expect(await balance(helper)).toBe(0);
		expect(await resolveDispute(deps, helper, { postId: id, minutes: 120, reason: 'x' })).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(
			await resolveDispute(deps, committee, { postId: id, minutes: 120, reason: '双方确认两小时' })
		).toEqual({ ok: true, value: true });
		expect(
			await resolveDispute(deps, committee, { postId: id, minutes: 120, reason: 'again' })
		).toEqual({ ok: false, error: 'not_disputed' });
		expect(await balance(helper)).toBe(120);
		expect(await balance(elder)).toBe(-120);
		time.set('2026-05-01T08:00:00Z');
	});
});

describe('proxy', () => {
	it('should let a named proxy post and confirm for the resident, recording both people', async () => {
		const [elder, daughter, helper, stranger] = await Promise.all(
			[1, 2, 3, 4].map(() => person(db, world.home))
		);
		if (!elder || !daughter || !helper || !stranger) throw new Error('people');
		expect(await actFor(db.db, stranger, elder.id)).toEqual({ ok: false, error: 'not_your_proxy' });
		const phone =
			(await db.sql<{ phone: string }[]>`select phone from users where id = ${daughter.id}`)[0]
				?.phone ?? '';
		expect((await addProxy(db.db, elder.id, phone)).ok).toBe(true);
		const asDaughter = await actFor(db.db, daughter, elder.id);
		if (!asDaughter.ok) throw new Error(asDaughter.error);
		const post = await postAid(deps, asDaughter.value, request);
		if (!post.ok) throw new Error(post.error);
		expect(post.value.authorId).toBe(elder.id);
		await respond(deps, await self(deps, helper), post.value.id, '');
		await acceptHelper(deps, asDaughter.value, post.value.id, helper.id);
		await recordHours(deps, await self(deps, helper), post.value.id, 90);
		expect(await confirmAid(deps, asDaughter.value, post.value.id)).toEqual({
			ok: true,
			value: true
		});
		const shown = await db.db
			.select()
			.from(proxyActions)
			.where(eq(proxyActions.residentId, elder.id));
		expect(shown.map((a) => [a.action, a.actorId])).toEqual([
			['aid.request', daughter.id],
			['aid.accept', daughter.id],
			['aid.confirm', daughter.id]
		]);
		const [transfer] = await db.sql<{ actor_id: number; on_behalf_of_id: number }[]>`
			select actor_id, on_behalf_of_id from ledger_transfers where idempotency_key = ${`aid-post:${post.value.id}/hours`}`;
		expect(transfer).toEqual({ actor_id: daughter.id, on_behalf_of_id: elder.id });
	});

	it('should let committee staff act at the service desk, but not for another community', async () => {
		const committee = await person(db, world.home, { roles: ['committee'] });
		const elder = await person(db, world.home);
		const elsewhere = await person(db, world.other);
		expect((await actFor(db.db, committee, elder.id)).ok).toBe(true);
		expect(await actFor(db.db, committee, elsewhere.id)).toEqual({
			ok: false,
			error: 'not_your_proxy'
		});
	});
});
