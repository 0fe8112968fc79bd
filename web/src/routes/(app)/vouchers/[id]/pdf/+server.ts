import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { voucherPdf } from '$lib/server/redemption/voucher-document';
import { voucherById } from '$lib/server/redemption/vouchers.repository';
import type { RequestHandler } from './$types';

/** The resident's own voucher as a printable PDF, while it can still be used. */
export const GET: RequestHandler = async ({ locals, url, params }) => {
	const user = requireUser(locals, url);
	const v = await voucherById(redemption().sql, params.id);
	if (!v || v.userId !== user.id) error(404, { message: 'Not found', code: 'not_found' });
	// A used, cancelled or expired voucher is not printed: its page says why.
	if (v.status !== 'issued') redirect(303, `/vouchers/${v.id}`);
	const pdf = await voucherPdf(v, locals.locale);
	return new Response(Buffer.from(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="voucher-${v.code}.pdf"`,
			'cache-control': 'private, no-store'
		}
	});
};
