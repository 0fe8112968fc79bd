import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { postAid } from '$lib/server/timebank/aid.service';
import { timebank } from '$lib/server/timebank/deps';
import { actingFrom, errorKey, forParam } from '$lib/server/timebank/edge';
import { postSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const acting = await actingFrom(locals, url, forParam(url));
	return { onBehalfOf: acting.onBehalfOfId, subjectName: acting.subject.displayName };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const parsed = parseForm(postSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { onBehalfOf, ...input } = parsed.data;
		const acting = await actingFrom(locals, url, onBehalfOf);
		const posted = await postAid(timebank(), acting, input);
		if (!posted.ok) return fail(409, { message: errorKey(posted.error) });
		redirect(303, `/mutual-aid/${posted.value.id}${onBehalfOf ? `?for=${onBehalfOf}` : ''}`);
	}
};
