import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { timebank } from '$lib/server/timebank/deps';
import { answerDonation, donate, donationsOf } from '$lib/server/timebank/donation.service';
import { actingFrom, errorKey, forParam } from '$lib/server/timebank/edge';
import { namesOf } from '$lib/server/timebank/people';
import type { Actions, PageServerLoad } from './$types';

const onBehalfOf = z
	.string()
	.optional()
	.transform((v) => (v ? Number(v) : null))
	.pipe(z.number().int().positive().nullable());
const giveSchema = z.object({
	minutes: z.coerce.number().int('tb.error.minutes_invalid').min(1, 'tb.error.minutes_invalid'),
	to: z
		.string()
		.trim()
		.regex(/^(1[3-9]\d{9})?$/, 'tb.error.recipient_not_found')
		.transform((v) => v || null),
	onBehalfOf
});
const answerSchema = z.object({
	donationId: z.coerce.number().int().positive(),
	answer: z.enum(['accept', 'decline']),
	onBehalfOf
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const acting = await actingFrom(locals, url, forParam(url));
	const deps = timebank();
	const rows = await donationsOf(deps, acting.subject.id);
	const names = await namesOf(
		deps.db,
		rows.flatMap((r) => [r.donorId, ...(r.recipientId ? [r.recipientId] : [])])
	);
	return {
		donations: rows.map((r) => ({
			...r,
			donorName: names.get(r.donorId) ?? '',
			recipientName: r.recipientId ? (names.get(r.recipientId) ?? '') : null,
			incoming: r.recipientId === acting.subject.id
		})),
		onBehalfOf: acting.onBehalfOfId,
		subjectName: acting.subject.displayName
	};
};

export const actions: Actions = {
	give: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(giveSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const acting = await actingFrom(locals, url, parsed.data.onBehalfOf);
		const result = await donate(timebank(), acting, {
			minutes: parsed.data.minutes,
			recipientPhone: parsed.data.to
		});
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return {
			success: result.value.pending ? ('tb.donate.pending' as const) : ('tb.donate.pool' as const)
		};
	},
	answer: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(answerSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const acting = await actingFrom(locals, url, parsed.data.onBehalfOf);
		const accept = parsed.data.answer === 'accept';
		const result = await answerDonation(timebank(), acting, parsed.data.donationId, accept);
		if (!result.ok) return fail(409, { message: errorKey(result.error) });
		return { success: accept ? ('tb.donate.accepted' as const) : ('tb.donate.declined' as const) };
	}
};
