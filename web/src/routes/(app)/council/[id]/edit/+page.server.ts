import { error, fail, redirect } from '@sveltejs/kit';
import { canEditText } from '$lib/domain/council';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import {
	councilDeps,
	councilErrorKey,
	findProposal,
	MAX_PROPOSAL_IMAGES,
	proposalImages,
	updateDraft
} from '$lib/server/council';
import { proposalSchema, removedImageIds } from '$lib/server/council/forms';
import { imageErrorKey, parseImageUploads } from '$lib/server/images';
import type { Actions, PageServerLoad } from './$types';

function proposalId(params: { id: string }): number {
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) error(404, { message: 'Not found', code: 'not_found' });
	return id;
}

/** The author's own draft, with its photos. Someone else's proposal is simply not found here. */
export const load: PageServerLoad = async ({ params, locals, url }) => {
	const user = requireUser(locals, url);
	const { sql } = councilDeps();
	const id = proposalId(params);
	const p = await findProposal(sql, id);
	if (!p || p.authorId !== user.id) error(404, { message: 'Not found', code: 'not_found' });
	const photos = await proposalImages(sql, id);
	return {
		proposal: {
			id: p.id,
			title: p.title,
			problem: p.problem,
			solution: p.solution,
			estimatedCost: p.estimatedCost,
			location: p.location
		},
		editable: canEditText(p.state),
		photoIds: photos.filter((i) => i.eventId === null).map((i) => i.id),
		maxPhotos: MAX_PROPOSAL_IMAGES
	};
};

export const actions: Actions = {
	default: async ({ locals, url, params, request }) => {
		const user = requireUser(locals, url);
		const id = proposalId(params);
		const form = await request.formData();
		const parsed = parseForm(proposalSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const photos = await parseImageUploads(form, 'photos', MAX_PROPOSAL_IMAGES);
		if (!photos.ok) {
			return fail(400, { errors: { photos: imageErrorKey(photos.error) }, values: parsed.data });
		}
		const { intent, ...input } = parsed.data;
		const result = await updateDraft(councilDeps(), user, id, {
			...input,
			images: photos.value,
			removeImageIds: removedImageIds(form),
			andSubmit: intent === 'submit'
		});
		if (!result.ok) {
			return fail(409, { message: councilErrorKey(result.error), values: parsed.data });
		}
		redirect(303, `/council/${id}`);
	}
};
