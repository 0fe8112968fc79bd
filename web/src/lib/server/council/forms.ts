import { z } from 'zod';
import { parseChoice, PROPOSAL_STATES, VOTE_METHODS, type Choice } from '$lib/domain/council';

/** Zod at the edge: the shapes of the council's forms. Invariants stay in the domain rules. */
const text = (max: number, key: 'council.form.required' = 'council.form.required') =>
	z.string().trim().min(1, key).max(max, 'council.form.tooLong');
const id = z.coerce.number().int().positive('form.invalid');
const imageUrls = z
	.string()
	.trim()
	.max(2000, 'council.form.tooLong')
	.transform((s) => s.split(/\s+/).filter(Boolean))
	.refine(
		(list) => list.length <= 3 && list.every((u) => /^https:\/\/\S+$/.test(u)),
		'council.form.images'
	);

export const proposalSchema = z.object({
	title: text(80),
	problem: text(2000),
	solution: text(2000),
	estimatedCost: z.coerce
		.number()
		.int('council.form.cost')
		.min(0, 'council.form.cost')
		.max(100_000_000, 'council.form.cost'),
	location: z.string().trim().max(200, 'council.form.tooLong').default(''),
	// Older proposals carry links; the form now takes photos (parseImageUploads), not links.
	imageUrls: imageUrls.optional(),
	intent: z.enum(['draft', 'submit']).default('submit')
});

/** The photo ids ticked for removal on the draft form; anything not shaped like an id is dropped. */
export function removedImageIds(form: FormData): string[] {
	const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
	return form
		.getAll('removeImage')
		.filter((v): v is string => typeof v === 'string' && uuid.test(v));
}

export const proposalIdSchema = z.object({ proposalId: id });
export const reasonSchema = z.object({ reason: text(200) });
export const amendSchema = z.object({ text: text(2000) });
export const commentSchema = z.object({
	body: text(1000),
	parentId: z.coerce.number().int().positive().optional()
});
export const commentActionSchema = z.object({ commentId: id, reason: text(200) });
export const rateSchema = z.object({
	score: z.coerce.number().int().min(1, 'council.form.score').max(5, 'council.form.score'),
	comment: z.string().trim().max(500, 'council.form.tooLong').default('')
});
export const reviewSchema = z.object({
	proposalId: id,
	reason: z.string().trim().max(200, 'council.form.tooLong').default('')
});
export const mergeSchema = z.object({ proposalId: id, intoId: id });
export const receiptSchema = z.object({
	code: z.string().trim().min(1, 'council.form.required').max(40, 'council.error.invalid_receipt')
});

const localDateTime = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'council.form.datetime')
	// Entered in Beijing time (the app's communities are in China); seconds are optional.
	.transform((s) => new Date(`${s.length === 16 ? `${s}:00` : s}+08:00`));

export const openVoteSchema = z.object({
	communityId: id,
	title: text(80),
	method: z.enum(VOTE_METHODS),
	budget: z.coerce.number().int().positive('council.form.budget').optional(),
	seats: z.coerce.number().int().min(1, 'form.invalid').default(1),
	quorumPercent: z.coerce
		.number()
		.int()
		.min(0, 'council.form.quorum')
		.max(100, 'council.form.quorum')
		.default(0),
	opensAt: localDateTime.optional(),
	closesAt: localDateTime,
	byDecision: z.literal('on').optional()
});

export const settingsSchema = z.object({
	communityId: id,
	pointsAccepted: z.coerce.number().int().min(0, 'form.invalid').max(10_000, 'form.invalid'),
	pointsPassed: z.coerce.number().int().min(0, 'form.invalid').max(10_000, 'form.invalid'),
	pointsPerVote: z.coerce.number().int().min(0, 'form.invalid').max(10_000, 'form.invalid'),
	votePointsMonthlyCap: z.coerce.number().int().min(0, 'form.invalid').max(100_000, 'form.invalid'),
	supportThreshold: z.coerce.number().int().min(0, 'form.invalid').max(100_000, 'form.invalid')
});

export const implementationSchema = z.discriminatedUnion('step', [
	z.object({ step: z.literal('start'), proposalId: id, owner: text(100) }),
	z.object({ step: z.literal('milestone'), proposalId: id, title: text(200) }),
	z.object({ step: z.literal('milestone_done'), proposalId: id, milestoneId: id }),
	z.object({
		step: z.literal('progress'),
		proposalId: id,
		body: text(2000),
		imageUrls: imageUrls.default([])
	}),
	z.object({ step: z.literal('complete'), proposalId: id, body: text(2000) })
]);

export const listFilterSchema = z.object({
	state: z.enum(PROPOSAL_STATES).optional().catch(undefined),
	q: z.string().trim().max(50).optional().catch(undefined)
});

/**
 * A ballot from a form: a radio `answer` for yes/no, repeated checkboxes `approve` otherwise
 * (parseForm keeps one value per name, so the list is read here). Null: nothing sensible sent.
 */
export function choiceFromForm(form: FormData): Choice | null {
	const answer = form.get('answer');
	if (typeof answer === 'string') return parseChoice({ answer });
	if (form.get('ballot') !== 'approve') return null;
	const ids = form.getAll('approve').map((v) => Number(v));
	return ids.every((n) => Number.isSafeInteger(n) && n > 0) ? { approve: ids } : null;
}
