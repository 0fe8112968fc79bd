import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import { pointFormSchema, pointOf } from '$lib/forms/point';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { listNodesInScope } from '$lib/server/access/scopes';
import { available, carePoolAccount } from '$lib/server/timebank/accounts';
import { flaggedPeople, resolveDispute } from '$lib/server/timebank/aid-settle.service';
import { timebank } from '$lib/server/timebank/deps';
import { grantFromCarePool } from '$lib/server/timebank/donation.service';
import { errorKey } from '$lib/server/timebank/edge';
import { timebankHealth } from '$lib/server/timebank/health.service';
import { namesOf } from '$lib/server/timebank/people';
import { recentRatings } from '$lib/server/timebank/ratings.service';
import { communityPoint, setCommunityPoint } from '$lib/server/timebank/place.service';
import { creditLimitOf, setCreditLimit } from '$lib/server/timebank/settings.service';
import { findUserIdByPhone } from '$lib/server/timebank/proxy.service';
import type { Actions, PageServerLoad } from './$types';

const resolveSchema = z.object({
	postId: z.coerce.number().int().positive(),
	minutes: z.coerce.number().int('tb.error.minutes_invalid').min(0, 'tb.error.minutes_invalid'),
	reason: z.string().trim().min(1, 'tb.error.reason_required').max(300, 'form.invalid')
});
const creditLimitSchema = z.object({
	communityId: z.coerce.number().int().positive(),
	hours: z.coerce
		.number()
		.int('tb.error.hours_invalid')
		.min(0, 'tb.error.hours_invalid')
		.max(50, 'tb.error.hours_invalid')
});
const pointSchema = pointFormSchema({ communityId: z.coerce.number().int().positive() });
const grantSchema = z.object({
	communityId: z.coerce.number().int().positive(),
	phone: z
		.string()
		.trim()
		.regex(/^1[3-9]\d{9}$/, 'tb.error.recipient_not_found'),
	minutes: z.coerce.number().int('tb.error.minutes_invalid').min(1, 'tb.error.minutes_invalid'),
	reason: z.string().trim().min(1, 'tb.error.reason_required').max(300, 'form.invalid')
});

/**
 * The page's own gate, checked before any form is read: the grant form looks a phone number up,
 * and answering "no such number" to anyone signed in would tell them who has an account.
 * Each service then checks the permission it needs in the community concerned.
 */
function staff(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'mutualaid.resolve').user;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'mutualaid.resolve');
	const deps = timebank();
	const communities = await listNodesInScope(deps.db, user, 'mutualaid.resolve', 'community');
	const wanted = Number(url.searchParams.get('community'));
	const community = communities.find((c) => c.id === wanted) ?? communities[0] ?? null;
	if (!community) return { communities: [], community: null, health: null };
	const health = await timebankHealth(deps, community.id);
	const flagged = await flaggedPeople(deps, community.id);
	const ratings = await recentRatings(deps, community.id);
	const names = await namesOf(deps.db, [
		...flagged,
		...ratings.flatMap((r) => [r.raterId, r.rateeId]),
		...health.disputes.flatMap((d) => [d.authorId, d.partnerId ?? 0])
	]);
	return {
		communities: communities.map((c) => ({ id: c.id, name: c.name })),
		community: { id: community.id, name: community.name },
		health: {
			...health,
			disputes: health.disputes.map((d) => ({
				...d,
				authorName: names.get(d.authorId) ?? '',
				partnerName: d.partnerId ? (names.get(d.partnerId) ?? '') : ''
			})),
			flagged: flagged.map((id) => ({ id, name: names.get(id) ?? '' })),
			ratings: ratings.map((r) => ({
				...r,
				raterName: names.get(r.raterId) ?? '',
				rateeName: names.get(r.rateeId) ?? ''
			})),
			poolMinutes: await available(deps, await carePoolAccount(deps, community.id)),
			creditLimitHours: await creditLimitOf(deps, community.id),
			point: await communityPoint(deps.db, community.id)
		}
	};
};

export const actions: Actions = {
	resolve: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(resolveSchema, await request.formData());
		if (!parsed.ok) {
			return fail(400, { errors: parsed.errors, postId: Number(parsed.values.postId) });
		}
		const result = await resolveDispute(timebank(), user, parsed.data);
		if (!result.ok) {
			return fail(409, { message: errorKey(result.error), postId: parsed.data.postId });
		}
		return { success: 'tb.disputes.decided' as const };
	},
	creditLimit: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(creditLimitSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await setCreditLimit(timebank(), user, parsed.data);
		if (!result.ok) {
			const params = result.below === undefined ? undefined : { count: result.below };
			return fail(409, { message: errorKey(result.error), params });
		}
		return { success: 'tb.limit.saved' as const };
	},
	point: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(pointSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const point = pointOf(parsed.data);
		const result = await setCommunityPoint(timebank(), user, {
			communityId: parsed.data.communityId,
			point
		});
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { success: point ? ('near.point.saved' as const) : ('near.point.cleared' as const) };
	},
	grant: async ({ locals, url, request }) => {
		const user = staff(locals, url);
		const parsed = parseForm(grantSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const deps = timebank();
		const recipientId = await findUserIdByPhone(deps.db, parsed.data.phone);
		if (recipientId === null) return fail(404, { message: errorKey('recipient_not_found') });
		const { phone: _phone, ...rest } = parsed.data;
		const result = await grantFromCarePool(deps, user, { ...rest, recipientId });
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { success: 'tb.care.granted' as const };
	}
};
