import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { redemption } from '$lib/server/redemption/deps';
import { redeemOffer } from '$lib/server/redemption/redeem.service';
import type { RequestHandler } from './$types';

const bodySchema = z.object({ offerId: z.number().int().positive() });
const keySchema = z.string().min(8).max(100);

/**
 * POST /vouchers (JSON): redeems an offer for the signed-in resident. The `Idempotency-Key`
 * header is required; the same key returns the same voucher. Browsers use the form on the offer
 * page; this is for apps and the benchmark. 201 with the voucher, 409 with a refusal code.
 */
export const POST: RequestHandler = async ({ locals, request }) => {
	if (!locals.user) error(401, { message: 'Unauthorised', code: 'unauthenticated' });
	const key = keySchema.safeParse(request.headers.get('idempotency-key'));
	const body = bodySchema.safeParse(await request.json().catch(() => null));
	if (!key.success || !body.success) error(400, { message: 'Bad request', code: 'bad_request' });
	const result = await redeemOffer(redemption(), locals.user, {
		offerId: body.data.offerId,
		requestKey: key.data
	});
	if (!result.ok) return json({ error: result.error }, { status: 409 });
	const v = result.value;
	return json(
		{ id: v.id, code: v.code, points: v.points, expiresAt: v.expiresAt.toISOString() },
		{ status: 201 }
	);
};
