import { and, desc, eq } from 'drizzle-orm';
import { can, type AccessSubject } from '$lib/domain/access';
import { err, ok, type Result } from '$core/shared';
import { proxyActions, proxyGrants, users } from '../../../../../db/schema';
import type { Db } from '../../../../../db/client';
import { isUniqueViolation, type Executor } from '../auth/db';
import { findPerson, namesOf, type Person } from './people';
import { userHasPhone } from '$lib/server/crypto';

/** The person doing something and the resident it is done for (the same person when not proxied). */
export interface Acting {
	actor: AccessSubject & { displayName: string };
	subject: Person;
	/** Set when the actor is not the subject: recorded on every write. */
	onBehalfOfId: number | null;
}

export type ProxyError = 'not_found' | 'not_your_proxy' | 'self' | 'already_proxy';

/**
 * Decides whether `actor` may act for `residentId`: themselves; a proxy the resident named; or
 * committee staff over the resident's community, at the service desk for people without a phone.
 */
export async function actFor(
	db: Db,
	actor: Acting['actor'],
	residentId: number | null | undefined
): Promise<Result<Acting, ProxyError>> {
	const id = residentId ?? actor.id;
	const subject = await findPerson(db, id);
	if (!subject) return err('not_found');
	if (id === actor.id) return ok({ actor, subject, onBehalfOfId: null });
	const [grant] = await db
		.select()
		.from(proxyGrants)
		.where(and(eq(proxyGrants.residentId, id), eq(proxyGrants.proxyId, actor.id)));
	const deskStaff =
		subject.communityPath !== null && can(actor, 'member.read', subject.communityPath);
	if (!grant && !deskStaff) return err('not_your_proxy');
	if (actor.status !== 'verified') return err('not_your_proxy');
	return ok({ actor, subject, onBehalfOfId: id });
}

/** Records a proxied action so the resident sees it; a no-op when people act for themselves. */
export async function recordProxyAction(
	db: Executor,
	acting: Acting,
	action: string,
	reference: string
): Promise<void> {
	if (acting.onBehalfOfId === null) return;
	await db
		.insert(proxyActions)
		.values({ residentId: acting.onBehalfOfId, actorId: acting.actor.id, action, reference });
}

/** A resident names a proxy by their phone number. */
export async function addProxy(
	db: Db,
	residentId: number,
	phone: string
): Promise<Result<{ displayName: string }, ProxyError>> {
	const [proxy] = await db
		.select({ id: users.id, displayName: users.displayName })
		.from(users)
		.where(userHasPhone(phone));
	if (!proxy) return err('not_found');
	if (proxy.id === residentId) return err('self');
	try {
		await db.insert(proxyGrants).values({ residentId, proxyId: proxy.id });
	} catch (error) {
		if (isUniqueViolation(error)) return err('already_proxy');
		throw error;
	}
	return ok({ displayName: proxy.displayName });
}

export async function removeProxy(db: Db, residentId: number, proxyId: number): Promise<void> {
	await db
		.delete(proxyGrants)
		.where(and(eq(proxyGrants.residentId, residentId), eq(proxyGrants.proxyId, proxyId)));
}

/** The people a resident named, and the residents who named `userId`. */
export async function proxyOverview(db: Db, userId: number) {
	const mine = await db.select().from(proxyGrants).where(eq(proxyGrants.residentId, userId));
	const forOthers = await db.select().from(proxyGrants).where(eq(proxyGrants.proxyId, userId));
	const names = await namesOf(db, [
		...mine.map((g) => g.proxyId),
		...forOthers.map((g) => g.residentId)
	]);
	return {
		myProxies: mine.map((g) => ({ id: g.proxyId, name: names.get(g.proxyId) ?? '' })),
		residents: forOthers.map((g) => ({ id: g.residentId, name: names.get(g.residentId) ?? '' }))
	};
}

/** What others did for the resident, newest first. */
export async function proxyActionsFor(db: Db, residentId: number, limit = 50) {
	const rows = await db
		.select()
		.from(proxyActions)
		.where(eq(proxyActions.residentId, residentId))
		.orderBy(desc(proxyActions.createdAt), desc(proxyActions.id))
		.limit(limit);
	const names = await namesOf(
		db,
		rows.map((r) => r.actorId)
	);
	return rows.map((r) => ({ ...r, actorName: names.get(r.actorId) ?? '' }));
}

export async function findUserIdByPhone(db: Db, phone: string): Promise<number | null> {
	const [row] = await db.select({ id: users.id }).from(users).where(eq(users.phone, phone));
	return row?.id ?? null;
}
