import type { TestDatabase } from '../helpers/db';
import {
	DEMO_ADMIN,
	DEMO_AUDITOR,
	DEMO_COMMITTEE,
	DEMO_INSPECTOR,
	DEMO_ORGANISER,
	DEMO_PARTNER,
	DEMO_RESIDENT,
	DEMO_UNVERIFIED
} from '../../seed/accounts';
import { createSession, validateSessionToken } from '../../web/src/lib/server/auth/session';
import type { Visitor } from './harness';

/** Everyone the matrix visits as: anonymous, then one demo account per role. */
export const WHO = [
	'anonymous',
	'unverified',
	'resident',
	'organiser',
	'committee',
	'inspector',
	'partner',
	'auditor',
	'admin'
] as const;
export type Who = (typeof WHO)[number];

const PHONES: Record<Exclude<Who, 'anonymous'>, string> = {
	unverified: DEMO_UNVERIFIED.phone,
	resident: DEMO_RESIDENT.phone,
	organiser: DEMO_ORGANISER.phone,
	committee: DEMO_COMMITTEE.phone,
	inspector: DEMO_INSPECTOR.phone,
	partner: DEMO_PARTNER.phone,
	auditor: DEMO_AUDITOR.phone,
	admin: DEMO_ADMIN.phone
};

/**
 * Signed-in visitors exactly as the auth hook puts them on `locals`, with the second factor
 * already passed (the two-factor gate has its own tests).
 */
export async function loadVisitors(db: TestDatabase): Promise<Record<Who, Visitor>> {
	const visitors = { anonymous: { user: null, session: null } } as Record<Who, Visitor>;
	for (const [who, phone] of Object.entries(PHONES) as [Exclude<Who, 'anonymous'>, string][]) {
		const [row] = await db.sql<{ id: number }[]>`select id from users where phone = ${phone}`;
		if (!row) throw new Error(`no demo account for ${who}`);
		const now = new Date();
		const { token } = await createSession(db.db, row.id, now);
		const validated = await validateSessionToken(db.db, token, now);
		if (!validated) throw new Error(`session for ${who} did not validate`);
		visitors[who] = { user: validated.user, session: { ...validated.session, twoFactorAt: now } };
	}
	return visitors;
}
