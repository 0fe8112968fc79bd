import type { RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { DEMO_COMMITTEE, DEMO_PARTNER, DEMO_RESIDENT } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { record, withRequestContext } from '../../../web/src/lib/server/audit';
import { auditHandle } from '../../../web/src/lib/server/hooks/audit';
import { database } from '../../../web/src/lib/server/context';
import { createTestDatabase } from '../../helpers/db';
import { subjectByPhone } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
process.env.DATABASE_URL = db.url;
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const partner = await subjectByPhone(db, DEMO_PARTNER.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
const FORM = 'application/x-www-form-urlencoded';

type Person = typeof committee;

/** Runs the hook on one request, as SvelteKit would after the auth hook, from 198.51.100.7. */
async function post(input: {
	user: Person;
	path: string;
	routeId: string;
	answer: Response;
	enhanced?: boolean;
	contentType?: string;
	during?: () => Promise<void>;
}) {
	const url = new URL(input.path, 'http://127.0.0.1');
	const headers = new Headers({ 'content-type': input.contentType ?? FORM });
	if (input.enhanced) headers.set('x-sveltekit-action', 'true');
	const event = {
		request: new Request(url, { method: 'POST', headers, body: '' }),
		url,
		route: { id: input.routeId },
		locals: { user: input.user }
	} as unknown as RequestEvent;
	return withRequestContext({ ip: '198.51.100.7' }, () =>
		auditHandle({
			event,
			resolve: async () => {
				await input.during?.();
				return input.answer;
			}
		})
	);
}

const json = (body: unknown) =>
	new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

async function entries() {
	return db.sql<{ actorId: number; targetId: string; nodePath: string | null; ip: string }[]>`
		select actor_id as "actorId", target_id as "targetId", node_path as "nodePath", ip
		from audit_events where action = 'staff.action' order by id`;
}

describe('staff form actions are audited by default', () => {
	it('should log a staff action that went through, with who, which form, where and from where', async () => {
		await post({
			user: committee,
			path: '/committee/council?/accept',
			routeId: '/(app)/committee/council',
			answer: new Response(null, { status: 303, headers: { location: '/committee/council' } })
		});
		await post({
			user: partner,
			path: '/partner?/createOffer',
			routeId: '/(app)/partner',
			answer: json({ type: 'success', status: 200, data: '[]' }),
			enhanced: true
		});
		const grant = committee.roles.find((r) => r.role === 'committee');
		expect(await entries()).toEqual([
			{
				actorId: committee.id,
				targetId: '/committee/council?/accept',
				nodePath: grant?.nodePath,
				ip: '198.51.100.7'
			},
			expect.objectContaining({ actorId: partner.id, targetId: '/partner?/createOffer' })
		]);
	});

	it('should not log refused actions, residents, sign-in forms or APIs', async () => {
		const before = (await entries()).length;
		await post({
			user: committee,
			path: '/committee?/approve',
			routeId: '/(app)/committee',
			answer: json({ type: 'failure', status: 400, data: '[]' }),
			enhanced: true
		});
		await post({
			user: committee,
			path: '/committee?/approve',
			routeId: '/(app)/committee',
			answer: new Response('<html></html>', { status: 409 })
		});
		await post({
			user: resident,
			path: '/offers/1?/redeem',
			routeId: '/(app)/offers/[id]',
			answer: new Response(null, { status: 303 })
		});
		await post({
			user: committee,
			path: '/logout',
			routeId: '/(auth)/logout',
			answer: new Response(null, { status: 303 })
		});
		await post({
			user: partner,
			path: '/api/v1/sorting/dropoffs',
			routeId: '/api/v1/sorting/dropoffs',
			contentType: 'application/json',
			answer: json({ ok: true })
		});
		expect((await entries()).length).toBe(before);
	});

	it('should add nothing when the action wrote its own entry (with before and after)', async () => {
		const before = (await entries()).length;
		await post({
			user: committee,
			path: '/committee/timebank?/creditLimit',
			routeId: '/(app)/committee/timebank',
			answer: json({ type: 'success', status: 200, data: '[]' }),
			enhanced: true,
			during: () =>
				record(database().db, {
					actorId: committee.id,
					action: 'timebank.credit_limit',
					before: { hours: 10 },
					after: { hours: 20 }
				})
		});
		expect((await entries()).length).toBe(before);
		const [own] = await db.sql`
			select ip from audit_events where action = 'timebank.credit_limit' order by id desc limit 1`;
		expect(own?.ip).toBe('198.51.100.7');
	});
});
