import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import {
	DEMO_AUDITOR,
	DEMO_COMMITTEE,
	DEMO_COMMUNITY,
	DEMO_RESIDENT
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { maskPhone } from '../../../web/src/lib/server/privacy';
import type { AccessUser } from '../../../web/src/lib/server/access/guards';
import { createTestDatabase } from '../../helpers/db';
import { subjectByPhone } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
process.env.DATABASE_URL = db.url;
const page = await import('../../../web/src/routes/(app)/committee/unmask/+page.server');

const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const auditor = await subjectByPhone(db, DEMO_AUDITOR.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
/** A resident of another community, outside the committee member's area. */
const OUTSIDER_PHONE = '13955550001';
const [outsider] = await db.sql<{ id: number }[]>`
	insert into users (display_name, password_hash, phone, community_id, status)
	select '外社区居民', 'x', ${OUTSIDER_PHONE}, id, 'verified' from nodes
	where level = 'community' and name <> ${DEMO_COMMUNITY} order by id limit 1
	returning id`;
if (!outsider) throw new Error('the seed has a second community');

function event(user: AccessUser | null, form?: Record<string, string>): RequestEvent {
	const url = new URL('http://127.0.0.1:3000/committee/unmask');
	const request = new Request(url, {
		method: form ? 'POST' : 'GET',
		body: form ? new URLSearchParams(form) : undefined
	});
	return { url, request, locals: { user, locale: 'zh-CN' } } as unknown as RequestEvent;
}

async function unmask(user: AccessUser | null, form: Record<string, string>) {
	const run = page.actions.default;
	if (!run) throw new Error('no default action');
	return run(event(user, form) as never);
}

async function unmaskEntries() {
	return db.sql<{ actor_id: number; reason: string; after: unknown }[]>`
		select actor_id, reason, after from audit_events where action = 'personal.unmask'
		order by id`;
}

describe('the unmask form action', () => {
	it('should show a committee member the full phone once and audit it with the reason', async () => {
		const before = (await unmaskEntries()).length;
		const result = await unmask(committee, {
			userId: String(resident.id),
			field: 'phone',
			reason: '  上门前电话确认 ',
			back: '/committee/accounts?q=王'
		});
		expect(result).toEqual({
			field: 'phone',
			value: DEMO_RESIDENT.phone,
			back: '/committee/accounts?q=王'
		});
		const entries = await unmaskEntries();
		expect(entries).toHaveLength(before + 1);
		expect(entries.at(-1)).toEqual({
			actor_id: committee.id,
			reason: '上门前电话确认',
			after: { field: 'phone', shown: maskPhone(DEMO_RESIDENT.phone) }
		});
		// The page itself never carries the value: only the action's answer does.
		const loaded = await page.load(event(committee) as never);
		expect(JSON.stringify(loaded)).not.toContain(DEMO_RESIDENT.phone);
	});

	it('should refuse a missing reason without unmasking or auditing', async () => {
		const before = (await unmaskEntries()).length;
		const result = await unmask(committee, {
			userId: String(resident.id),
			field: 'phone',
			reason: '   ',
			back: '/committee'
		});
		expect(result).toMatchObject({
			status: 400,
			data: { errors: { reason: 'oversight.unmask.error.reason_required' } }
		});
		expect(JSON.stringify(result)).not.toContain(DEMO_RESIDENT.phone);
		expect(await unmaskEntries()).toHaveLength(before);
	});

	it('should reject a bad field and send the result link only back to a committee page', async () => {
		const badField = await unmask(committee, {
			userId: String(resident.id),
			field: 'id_number',
			reason: '核对'
		});
		expect(badField).toMatchObject({ status: 400, data: { errors: { field: 'form.invalid' } } });
		const elsewhere = await unmask(committee, {
			userId: String(resident.id),
			field: 'phone',
			reason: '核对',
			back: '//evil.example/committee'
		});
		expect(elsewhere).toMatchObject({ back: '/committee' });
	});

	it('should answer 404 for nobody and 403 outside the member’s communities', async () => {
		const nobody = await unmask(committee, {
			userId: '999999',
			field: 'phone',
			reason: '核对'
		});
		expect(nobody).toMatchObject({
			status: 404,
			data: { message: 'oversight.unmask.error.not_found' }
		});
		const before = (await unmaskEntries()).length;
		const other = await unmask(committee, {
			userId: String(outsider.id),
			field: 'phone',
			reason: '核对'
		});
		expect(other).toMatchObject({
			status: 403,
			data: { message: 'oversight.unmask.error.forbidden' }
		});
		expect(JSON.stringify(other)).not.toContain(OUTSIDER_PHONE);
		expect(await unmaskEntries()).toHaveLength(before);
	});

	it('should refuse auditors and residents, and send visitors to log in', async () => {
		const form = { userId: String(resident.id), field: 'phone', reason: '核对' };
		for (const who of [auditor, resident]) {
			await expect(unmask(who, form)).rejects.toSatisfy(
				(e: unknown) => isHttpError(e) && e.status === 403
			);
		}
		await expect(unmask(null, form)).rejects.toSatisfy(isRedirect);
	});
});
