import { error, fail } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { formatVoucherCode } from '$lib/domain/redemption/voucher-code';
import { requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { voucherPhotoIds } from '$lib/server/redemption/photos.service';
import { cancelVoucher } from '$lib/server/redemption/void-voucher';
import { voucherById } from '$lib/server/redemption/vouchers.repository';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const v = await voucherById(redemption().sql, params.id);
	if (!v || v.userId !== user.id) error(404, { message: 'Not found', code: 'not_found' });
	return {
		voucher: {
			id: v.id,
			code: formatVoucherCode(v.code),
			offerTitle: v.offerTitle,
			partnerName: v.partnerName,
			points: v.points,
			status: v.status,
			expiresAt: v.expiresAt.toISOString(),
			// Ledger receipts of the hold and, once used, of the capture: anyone can check them.
			receipts: [v.holdId, v.captureId].filter((id): id is string => id !== null),
			photoIds: v.status === 'used' ? await voucherPhotoIds(redemption(), v.id) : []
		},
		// The QR holds only the code: the counter looks everything else up itself.
		qr:
			v.status === 'issued'
				? `data:image/svg+xml;base64,${Buffer.from(renderSVG(v.code, { border: 2 })).toString('base64')}`
				: null
	};
};

export const actions: Actions = {
	cancel: async ({ locals, url, params }) => {
		const user = requireUser(locals, url);
		const result = await cancelVoucher(redemption(), user.id, params.id);
		if (!result.ok) return fail(409, { message: `redemption.error.${result.error}` as const });
		return { message: 'redemption.voucher.cancelled' as const };
	}
};
