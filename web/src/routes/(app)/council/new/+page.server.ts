import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import {
	councilDeps,
	councilErrorKey,
	createProposal,
	MAX_PROPOSAL_IMAGES
} from '$lib/server/council';
import { proposalSchema } from '$lib/server/council/forms';
import { imageErrorKey, parseImageUploads } from '$lib/server/images';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return {
		verified: user.status === 'verified' && user.communityId !== null,
		maxPhotos: MAX_PROPOSAL_IMAGES
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const form = await request.formData();
		const parsed = parseForm(proposalSchema, form);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const photos = await parseImageUploads(form, 'photos', MAX_PROPOSAL_IMAGES);
		if (!photos.ok) {
			return fail(400, { errors: { photos: imageErrorKey(photos.error) }, values: parsed.data });
		}
		const { intent, ...input } = parsed.data;
		const result = await createProposal(councilDeps(), user, {
			...input,
			images: photos.value,
			submit: intent === 'submit'
		});
		if (!result.ok) {
			return fail(409, { message: councilErrorKey(result.error), values: parsed.data });
		}
		redirect(303, `/council/${result.value.id}`);
	}
};
