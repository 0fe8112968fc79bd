import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import { confirmVoucher, lookupVoucher } from '$lib/server/redemption/counter.service';
import { incomingVouchers } from '$lib/server/redemption/counter-feed';
import { imageErrorKey, parseImageUploads } from '$lib/server/images';
import { redemption } from '$lib/server/redemption/deps';
import {
	addVoucherPhotos,
	VOUCHER_PHOTOS_MAX,
	voucherPhotoIds
} from '$lib/server/redemption/photos.service';
import { requirePartnerStaff } from '$lib/server/redemption/partner-access';
import type { Actions, PageServerLoad } from './$types';

// Named `voucher`, not `code`: the form parser keeps fields named like secrets out of echoes.
const schema = z.object({
	voucher: z.string().trim().min(1, 'form.required').max(20, 'form.invalid')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const { membership } = await requirePartnerStaff(locals, url, { approved: true });
	return {
		partnerId: membership.partnerId,
		partnerName: membership.partnerName,
		incoming: await incomingVouchers(redemption(), membership.partnerId)
	};
};

export const actions: Actions = {
	lookup: async ({ locals, url, request }) => {
		const { membership } = await requirePartnerStaff(locals, url, { approved: true });
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.required' as const });
		const found = await lookupVoucher(redemption(), membership.partnerId, parsed.data.voucher);
		if (!found.ok) {
			return fail(409, { message: `redemption.counter.error.${found.error}` as const });
		}
		const v = found.value;
		return {
			found: {
				code: v.code,
				offerTitle: v.offerTitle,
				points: v.points,
				residentName: v.residentName,
				residentIdNumber: v.residentIdNumber
			}
		};
	},
	confirm: async ({ locals, url, request }) => {
		const { user, membership } = await requirePartnerStaff(locals, url, { approved: true });
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'form.required' as const });
		const staff = { userId: user.id, partnerId: membership.partnerId };
		const result = await confirmVoucher(redemption(), staff, parsed.data.voucher);
		if (!result.ok) {
			return fail(409, { message: `redemption.counter.error.${result.error}` as const });
		}
		return {
			message: 'redemption.counter.done' as const,
			done: true,
			voucherId: result.value.voucherId
		};
	},
	photos: async ({ locals, url, request }) => {
		const { user, membership } = await requirePartnerStaff(locals, url, { approved: true });
		const form = await request.formData();
		const voucherId = String(form.get('voucherId') ?? '');
		const uploads = await parseImageUploads(form, 'photos', VOUCHER_PHOTOS_MAX);
		if (!uploads.ok) {
			return fail(400, { photoError: imageErrorKey(uploads.error), voucherId, done: true });
		}
		const staff = { userId: user.id, partnerId: membership.partnerId };
		const added = await addVoucherPhotos(redemption(), staff, voucherId, uploads.value);
		if (!added.ok) {
			const photoError = `redemption.photos.error.${added.error}` as const;
			return fail(409, { photoError, voucherId, done: true });
		}
		return {
			photoMessage: 'redemption.photos.saved' as const,
			done: true,
			voucherId,
			photoIds: await voucherPhotoIds(redemption(), voucherId)
		};
	}
};
