import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { confirmVoucher } from '$lib/server/redemption/counter.service';
import { redemption } from '$lib/server/redemption/deps';
import { requirePartnerStaff } from '$lib/server/redemption/partner-access';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ code: z.string().min(1).max(20) });

/** POST /partner/counter (JSON): confirms a voucher for a scanner app or the benchmark. */
export const POST: RequestHandler = async ({ locals, url, request }) => {
	const { user, membership } = await requirePartnerStaff(locals, url, { approved: true });
	const body = bodySchema.safeParse(await request.json().catch(() => null));
	if (!body.success) error(400, { message: 'Bad request', code: 'bad_request' });
	const result = await confirmVoucher(
		redemption(),
		{ userId: user.id, partnerId: membership.partnerId },
		body.data.code
	);
	if (!result.ok) return json({ error: result.error }, { status: 409 });
	return json(result.value);
};
