import { fail } from '@sveltejs/kit';
import { formatInvitationCode } from '$lib/domain/access';
import { parseForm } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { listNodesInScope } from '$lib/server/access/scopes';
import { database } from '$lib/server/context';
import {
	createInvitation,
	listActiveInvitations,
	revokeInvitation
} from '$lib/server/members/invitations.service';
import { createInvitationSchema, revokeInvitationSchema } from '../schema';
import type { Actions, PageServerLoad } from './$types';

function inviter(locals: App.Locals, url: URL) {
	requireUser(locals, url);
	return requirePermissionSomewhere(locals, 'invitation.create').user;
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = inviter(locals, url);
	const db = database().db;
	const [communities, invitations] = await Promise.all([
		listNodesInScope(db, user, 'invitation.create', 'community'),
		listActiveInvitations(db, user)
	]);
	return {
		communities: communities.map((c) => ({ id: c.id, name: c.name })),
		invitations: invitations.map((i) => ({
			id: i.id,
			code: formatInvitationCode(i.code),
			communityName: i.communityName,
			uses: i.uses,
			maxUses: i.maxUses,
			expiresAt: i.expiresAt
		}))
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const user = inviter(locals, url);
		const parsed = parseForm(createInvitationSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await createInvitation(database().db, user, parsed.data);
		if (!result.ok) {
			return fail(400, { message: `committee.invite.error.${result.error}` as const });
		}
		return { created: formatInvitationCode(result.value.code) };
	},
	revoke: async ({ locals, url, request }) => {
		const user = inviter(locals, url);
		const parsed = parseForm(revokeInvitationSchema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const result = await revokeInvitation(database().db, user, parsed.data.invitationId);
		if (!result.ok) {
			return fail(400, { message: `committee.invite.error.${result.error}` as const });
		}
		return { revoked: true };
	}
};
