import { fail, redirect } from '@sveltejs/kit';
import { parseForm, type FieldErrors } from '$lib/forms/parse';
import { pointFormSchema, pointOf } from '$lib/forms/point';
import { OFFER_PHOTOS_MAX } from '$lib/domain/redemption/photos';
import { requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { imageErrorKey, parseImageUploads } from '$lib/server/images';
import { startConnectOnboarding } from '$lib/server/redemption/connect.service';
import { redemption } from '$lib/server/redemption/deps';
import {
	createOffer,
	offersOfPartner,
	setOfferStatus
} from '$lib/server/redemption/offers.service';
import { requirePartnerStaff } from '$lib/server/redemption/partner-access';
import { setShopPoint, shopPoint } from '$lib/server/redemption/partner-location';
import {
	addStaff,
	membershipsOf,
	removeStaff,
	staffOf
} from '$lib/server/redemption/partners.service';
import type { Actions, PageServerLoad } from './$types';
import { offerSchema, offerStatusSchema, removeStaffSchema, staffSchema } from './schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const deps = redemption();
	const [membership] = await membershipsOf(deps, user.id);
	if (!membership) return { membership: null };
	// Every community asked for, so a partner turned down (or still waiting) sees where and why.
	const applications = await deps.sql<
		{
			communityId: number;
			name: string;
			status: 'pending' | 'approved' | 'rejected';
			reason: string | null;
		}[]
	>`select n.id as "communityId", n.name, pc.status, pc.reason from partner_communities pc
		join nodes n on n.id = pc.community_id where pc.partner_id = ${membership.partnerId}
		order by n.name`;
	const [offers, staff, stripe, shop] = await Promise.all([
		offersOfPartner(deps, membership.partnerId),
		membership.isManager ? staffOf(deps, membership.partnerId) : [],
		deps.sql<{ payouts: boolean }[]>`select stripe_payouts_enabled as payouts from partners
			where id = ${membership.partnerId}`,
		shopPoint(database().db, membership.partnerId)
	]);
	return {
		membership,
		offers: offers.map((o) => ({ ...o, validUntil: o.validUntil.toISOString() })),
		staff: staff.map((s) => ({
			...s,
			phone: s.phone ? `${s.phone.slice(0, 3)}****${s.phone.slice(7)}` : ''
		})),
		communities: applications
			.filter((a) => a.status === 'approved')
			.map((a) => ({ id: a.communityId, name: a.name })),
		applications,
		stripeMode: deps.payments.mode === 'stripe',
		payoutsEnabled: stripe[0]?.payouts ?? false,
		shop
	};
};

export const actions: Actions = {
	createOffer: async ({ locals, url, request }) => {
		const { user, membership } = await requirePartnerStaff(locals, url, {
			manager: true,
			approved: true
		});
		const form = await request.formData();
		const parsed = parseForm(offerSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const photos = await parseImageUploads(form, 'photos', OFFER_PHOTOS_MAX);
		if (!photos.ok) {
			const errors: FieldErrors = { photos: imageErrorKey(photos.error) };
			return fail(400, { errors, values: typedValues(form) });
		}
		const communityIds = form.getAll('communityIds').map(Number).filter(Number.isSafeInteger);
		// Dates are whole days in China time: from the start of the first to the end of the last.
		const now = new Date();
		const from = parsed.data.validFrom ? new Date(`${parsed.data.validFrom}T00:00:00+08:00`) : now;
		const validFrom = from < now ? now : from;
		const validUntil = new Date(`${parsed.data.validUntil}T23:59:59+08:00`);
		const refused: FieldErrors = {};
		if (validUntil <= validFrom) refused.validUntil = 'redemption.form.untilBeforeFrom';
		if (communityIds.length === 0) refused.communityIds = 'redemption.form.noCommunities';
		if (Object.keys(refused).length > 0) {
			return fail(400, { errors: refused, values: typedValues(form) });
		}
		const result = await createOffer(redemption(), membership.partnerId, {
			...parsed.data,
			photos: photos.value,
			uploaderId: user.id,
			validFrom,
			validUntil,
			communityIds
		});
		if (!result.ok) {
			return fail(409, { message: `redemption.partner.error.${result.error}` as const });
		}
		return { message: 'form.saved' as const };
	},
	status: async ({ locals, url, request }) => {
		const { membership } = await requirePartnerStaff(locals, url, {
			manager: true,
			approved: true
		});
		const parsed = parseForm(offerStatusSchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		const changed = await setOfferStatus(
			redemption(),
			membership.partnerId,
			parsed.data.offerId,
			parsed.data.status
		);
		if (!changed.ok) {
			return fail(409, { message: `redemption.partner.error.${changed.error}` as const });
		}
		return { message: 'form.saved' as const };
	},
	addStaff: async ({ locals, url, request }) => {
		const { user, membership } = await requirePartnerStaff(locals, url, { manager: true });
		const parsed = parseForm(staffSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await addStaff(redemption(), user.id, membership.partnerId, parsed.data.phone);
		if (!result.ok) {
			return fail(409, { message: `redemption.partner.error.${result.error}` as const });
		}
		return { message: 'form.saved' as const };
	},
	removeStaff: async ({ locals, url, request }) => {
		const { user, membership } = await requirePartnerStaff(locals, url, { manager: true });
		const parsed = parseForm(removeStaffSchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		const result = await removeStaff(
			redemption(),
			user.id,
			membership.partnerId,
			parsed.data.userId
		);
		if (!result.ok) {
			return fail(409, { message: `redemption.partner.error.${result.error}` as const });
		}
		return { message: 'form.saved' as const };
	},
	location: async ({ locals, url, request }) => {
		const { user, membership } = await requirePartnerStaff(locals, url, { manager: true });
		const parsed = parseForm(pointFormSchema({}), await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await setShopPoint(database().db, user.id, {
			partnerId: membership.partnerId,
			point: pointOf(parsed.data)
		});
		if (!result.ok) {
			const message = result.error === 'point_invalid' ? 'near.point.invalid' : 'form.invalid';
			return fail(409, { message: message as 'near.point.invalid' | 'form.invalid' });
		}
		return { message: 'form.saved' as const };
	},
	connect: async ({ locals, url }) => {
		const { membership } = await requirePartnerStaff(locals, url, {
			manager: true,
			approved: true
		});
		const result = await startConnectOnboarding(redemption(), membership.partnerId, null);
		if (!result.ok) {
			return fail(409, { message: `redemption.committee.error.${result.error}` as const });
		}
		redirect(303, result.value.url);
	}
};

/** What was typed, to show again with the errors (files are chosen again). */
function typedValues(form: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') values[key] = value;
	return values;
}
