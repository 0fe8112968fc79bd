import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { councilDeps, councilErrorKey, createProposal } from '$lib/server/council';
import { proposalSchema } from '$lib/server/council/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { verified: user.status === 'verified' && user.communityId !== null };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(proposalSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { intent, ...input } = parsed.data;
		const result = await createProposal(councilDeps(), user, {
			...input,
			submit: intent === 'submit'
		});
		if (!result.ok) {
			return fail(409, { message: councilErrorKey(result.error), values: parsed.data });
		}
		redirect(303, `/council/${result.value.id}`);
	}
};
