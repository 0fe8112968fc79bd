import type { RoleGrant } from '$lib/domain/access';
import type { Executor } from '../auth/db';
import { record } from './record';

/** The staff member, as the auth hook puts them on `locals.user`. */
export interface StaffActor {
	id: number;
	roles: readonly Pick<RoleGrant, 'role' | 'nodePath'>[];
}

/** Form posts that are no staff work: signing in and out, and one's own display settings. */
const NOT_STAFF_WORK = ['/(auth)/', '/settings', '/api/', '/(app)/account'];

/**
 * Whether a request is a staff member using a form action of a page: a POST with a form body
 * (plain or enhanced) by someone holding any role besides `resident`.
 */
export function isStaffFormAction(input: {
	method: string;
	contentType: string | null;
	routeId: string | null;
	user: StaffActor | null;
}): input is { method: string; contentType: string; routeId: string; user: StaffActor } {
	const { method, contentType, routeId, user } = input;
	if (method !== 'POST' || !routeId || !user) return false;
	if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/.test(contentType ?? '')) {
		return false;
	}
	if (NOT_STAFF_WORK.some((p) => routeId.startsWith(p))) return false;
	return user.roles.some((r) => r.role !== 'resident');
}

/**
 * Whether SvelteKit's answer to a form action means it went through: a JSON answer to an
 * enhanced form says `success` or `redirect`; a plain form post gets the page (200) or a
 * redirect (303), while a `fail()` renders with its 4xx status.
 */
export async function actionSucceeded(response: Response, enhanced: boolean): Promise<boolean> {
	if (response.status >= 400) return false;
	const type = response.headers.get('content-type') ?? '';
	if (!enhanced || !type.includes('application/json')) return true;
	try {
		const body = (await response.clone().json()) as { type?: unknown };
		return body.type === 'success' || body.type === 'redirect';
	} catch {
		return false;
	}
}

/** `?/name` of a named action, or `default`. */
export function actionName(url: URL): string {
	const key = [...url.searchParams.keys()].find((k) => k.startsWith('/'));
	return key ? key.slice(1) : 'default';
}

/**
 * The catch-all entry for a staff form action that wrote no audit entry of its own: who, which
 * form on which address, for whom (`?for=`), from which IP and when. Filed under the area of the
 * actor's first staff grant, so the committee and auditors of that area can read it.
 */
export async function recordStaffAction(
	db: Executor,
	input: { user: StaffActor; routeId: string; url: URL }
): Promise<void> {
	const grant = input.user.roles.find((r) => r.role !== 'resident');
	const forId = Number(input.url.searchParams.get('for'));
	await record(db, {
		actorId: input.user.id,
		action: 'staff.action',
		target: { type: 'form', id: `${input.url.pathname}?/${actionName(input.url)}` },
		nodePath: grant?.nodePath ?? null,
		onBehalfOfId: Number.isSafeInteger(forId) && forId > 0 ? forId : null,
		after: { route: input.routeId, roles: [...new Set(input.user.roles.map((r) => r.role))] }
	});
}
