import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { SKILL_CODES } from '$lib/domain/timebank';
import { requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { setSkills, skillsOf } from '$lib/server/timebank/skills.service';
import type { Actions, PageServerLoad } from './$types';

/** Ticked boxes arrive as repeated `skill` fields; only vocabulary codes are accepted. */
const skillsSchema = z.array(z.enum(SKILL_CODES)).max(SKILL_CODES.length);

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { skills: await skillsOf(database().db, user.id) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = skillsSchema.safeParse((await request.formData()).getAll('skill'));
		if (!parsed.success) return fail(400, { message: 'form.invalid' as const });
		return { saved: await setSkills(database().db, user.id, parsed.data) };
	}
};
