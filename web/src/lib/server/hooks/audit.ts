import type { Handle } from '@sveltejs/kit';
import { currentRequest } from '../audit/request-context';
import { actionSucceeded, isStaffFormAction, recordStaffAction } from '../audit/staff-actions';
import { database } from '../context';

/**
 * Every staff form action lands in the audit log by default: when the action went through and
 * its service wrote no entry of its own (those carry before/after), one `staff.action` entry
 * records who used which form, for whom and from where. A feature added later is covered
 * without doing anything; it adds its own `record` call where before/after matter.
 */
export const auditHandle: Handle = async ({ event, resolve }) => {
	const candidate = {
		method: event.request.method,
		contentType: event.request.headers.get('content-type'),
		routeId: event.route.id,
		user: event.locals.user
	};
	if (!isStaffFormAction(candidate)) return resolve(event);
	const response = await resolve(event);
	const enhanced = event.request.headers.get('x-sveltekit-action') === 'true';
	if ((currentRequest()?.recorded ?? 0) > 0) return response;
	if (!(await actionSucceeded(response, enhanced))) return response;
	await recordStaffAction(database().db, {
		user: candidate.user,
		routeId: candidate.routeId,
		url: event.url
	});
	return response;
};
