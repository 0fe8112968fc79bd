import { and, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
	nodes,
	roleGrants,
	sessions,
	users,
	type Locale,
	type Role,
	type UserStatus
} from '../../../../../db/schema';
import { revealPhone } from '../crypto';
import { batchPer } from '../tick-batch';
import type { Executor } from './db';
import { generateToken, hashesMatch, hashToken, isTokenShaped } from './token';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Idle limit: a session unused for 30 days ends. */
export const SESSION_DAYS = 30;
/** Activity in the last 15 days of a session pushes its end out again (one write per 15 days). */
export const RENEW_WITHIN_DAYS = 15;
/** However active, a session ends 90 days after login; then the password is asked again. */
export const ABSOLUTE_DAYS = 90;

export interface RoleGrant {
	role: Role;
	nodeId: number;
	/** The node's materialised path (`/1/4/9/`): the grant covers every path starting with it. */
	nodePath: string;
}

export interface AuthUser {
	id: number;
	displayName: string;
	phone: string | null;
	email: string | null;
	communityId: number | null;
	status: UserStatus;
	locale: Locale;
	largeText: boolean;
	highContrast: boolean;
	/** Granted roles, plus an implicit `resident` of the user's own community. */
	roles: RoleGrant[];
}

export interface AuthSession {
	id: string;
	userId: number;
	expiresAt: Date;
	absoluteExpiresAt: Date;
	/** When this session passed the staff second factor; null if it has not (yet). */
	twoFactorAt?: Date | null;
}

export interface SessionValidation {
	session: AuthSession;
	user: AuthUser;
	/** The expiry moved: the cookie must be sent again with the new date. */
	renewed: boolean;
}

/** Starts a session; the caller puts `token` in the cookie. Every login makes a new one. */
export async function createSession(
	db: Executor,
	userId: number,
	now: Date
): Promise<{ token: string; session: AuthSession }> {
	const token = generateToken();
	const absoluteExpiresAt = new Date(now.getTime() + ABSOLUTE_DAYS * DAY_MS);
	const session: AuthSession = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS),
		absoluteExpiresAt
	};
	await db.insert(sessions).values({ ...session, createdAt: now });
	return { token, session };
}

const community = alias(nodes, 'community');

/** The session, its user and the user's grants: one row per session id asked for. */
function selectSessions(db: Executor, sessionIds: string[]) {
	return (
		db
			.select({
				id: sessions.id,
				userId: sessions.userId,
				expiresAt: sessions.expiresAt,
				absoluteExpiresAt: sessions.absoluteExpiresAt,
				twoFactorAt: sessions.twoFactorAt,
				displayName: users.displayName,
				phone: users.phone,
				phoneCipher: users.phoneCipher,
				email: users.email,
				communityId: users.communityId,
				communityPath: community.path,
				status: users.status,
				locale: users.locale,
				largeText: users.largeText,
				highContrast: users.highContrast,
				grants: sql<RoleGrant[] | string>`coalesce((
				select json_agg(json_build_object('role', g.role, 'nodeId', g.node_id, 'nodePath', n.path)
					order by n.path, g.role)
				from ${roleGrants} g join ${nodes} n on n.id = g.node_id
				where g.user_id = ${users.id}), '[]'::json)`
			})
			.from(sessions)
			.innerJoin(users, eq(users.id, sessions.userId))
			.leftJoin(community, eq(community.id, users.communityId))
			// One text parameter, not one per id: the statement stays the same whatever the batch size.
			.where(sql`${sessions.id} = any(string_to_array(${sessionIds.join(',')}, ','))`)
	);
}

type SessionRow = Awaited<ReturnType<typeof selectSessions>>[number];

/** Every request in flight shares one look-up per event-loop turn (ids are hex, never commas). */
const lookups = batchPer((db: Executor) => async (ids: string[]) => {
	const rows = await selectSessions(db, [...new Set(ids)]);
	const byId = new Map(rows.map((r) => [r.id, r]));
	return ids.map((id): SessionRow | undefined => byId.get(id));
});

/**
 * Resolves a cookie token to its session and user in one query (roles are aggregated in a
 * sub-select; concurrent requests share it), renewing the idle expiry when it is within 15 days.
 * Returns null for a malformed, unknown, expired or disabled-account token; expired sessions are
 * deleted on the way.
 */
export async function validateSessionToken(
	db: Executor,
	token: string,
	now: Date
): Promise<SessionValidation | null> {
	if (!isTokenShaped(token)) return null;
	const sessionId = hashToken(token);
	const row = await lookups(db).add(sessionId);
	if (!row || !hashesMatch(row.id, sessionId)) return null;
	const expired = now >= row.expiresAt || now >= row.absoluteExpiresAt;
	if (expired || row.status === 'disabled') {
		await invalidateSession(db, row.id);
		return null;
	}
	const session: AuthSession = {
		id: row.id,
		userId: row.userId,
		expiresAt: row.expiresAt,
		absoluteExpiresAt: row.absoluteExpiresAt,
		twoFactorAt: row.twoFactorAt
	};
	const renewed = await renewIfDue(db, session, now);
	const grants =
		typeof row.grants === 'string' ? (JSON.parse(row.grants) as RoleGrant[]) : row.grants;
	const resident: RoleGrant[] =
		row.communityId !== null && row.communityPath !== null
			? [{ role: 'resident', nodeId: row.communityId, nodePath: row.communityPath }]
			: [];
	let phone: { value: string | null } | null = null;
	const user: AuthUser = {
		id: row.userId,
		displayName: row.displayName,
		// Decrypted on first read: nearly every request is answered without the number, so it is
		// neither worked out (an AES-GCM open per request) nor held in plain text for nothing.
		get phone() {
			phone ??= { value: revealPhone(row) };
			return phone.value;
		},
		email: row.email,
		communityId: row.communityId,
		status: row.status,
		locale: row.locale,
		largeText: row.largeText,
		highContrast: row.highContrast,
		roles: [...resident, ...grants]
	};
	return { session, user, renewed };
}

/** Slides the idle expiry forward, never past the absolute limit. Mutates `session`. */
async function renewIfDue(db: Executor, session: AuthSession, now: Date): Promise<boolean> {
	if (session.expiresAt.getTime() - now.getTime() >= RENEW_WITHIN_DAYS * DAY_MS) return false;
	const slid = Math.min(now.getTime() + SESSION_DAYS * DAY_MS, session.absoluteExpiresAt.getTime());
	if (slid <= session.expiresAt.getTime()) return false;
	session.expiresAt = new Date(slid);
	await db
		.update(sessions)
		.set({ expiresAt: session.expiresAt })
		.where(eq(sessions.id, session.id));
	return true;
}

/** Ends one session (logout). */
export async function invalidateSession(db: Executor, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/**
 * Ends every session of a user: on password change or reset, and when an account is disabled.
 * `except` keeps one (the browser that just changed the password).
 */
export async function invalidateUserSessions(
	db: Executor,
	userId: number,
	options: { except?: string } = {}
): Promise<void> {
	const where = options.except
		? and(eq(sessions.userId, userId), ne(sessions.id, options.except))
		: eq(sessions.userId, userId);
	await db.delete(sessions).where(where);
}
