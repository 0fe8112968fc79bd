import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import {
	requirePermission,
	requirePermissionSomewhere,
	requireUser
} from '$lib/server/access/guards';
import { redemption } from '$lib/server/redemption/deps';
import { payStatement } from '$lib/server/redemption/pay-statement';
import {
	approveStatement,
	generateStatements,
	linesOfStatements,
	statementById,
	statementsInScopes
} from '$lib/server/redemption/settlement.service';
import type { Actions, PageServerLoad } from './$types';

const idSchema = z.object({ statementId: z.coerce.number().int().positive() });
const paySchema = idSchema.extend({
	method: z.enum(['manual', 'stripe']),
	reference: z.string().trim().max(100, 'form.invalid').default('')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { scopes } = requirePermissionSomewhere(locals, 'settlement.manage');
	const rows = await statementsInScopes(redemption(), scopes);
	// What each statement still to approve or pay is made of, for the committee to check.
	const undecided = rows.filter((s) => s.status === 'draft' || s.status === 'approved');
	const lines = await linesOfStatements(
		redemption(),
		undecided.map((s) => s.id)
	);
	return {
		statements: rows.map(({ paidAt, stripeConfirmedAt, ...s }) => ({
			...s,
			paidAt: paidAt?.toISOString() ?? null,
			stripeConfirmed: stripeConfirmedAt !== null,
			lines: (lines.get(s.id) ?? []).map((l) => ({ ...l, usedAt: l.usedAt.toISOString() }))
		})),
		stripeMode: redemption().payments.mode === 'stripe'
	};
};

/** The statement, after checking the user may manage settlements in its community. */
async function managed(locals: App.Locals, url: URL, form: FormData) {
	requireUser(locals, url);
	const parsed = parseForm(idSchema, form);
	if (!parsed.ok) return null;
	const s = await statementById(redemption(), parsed.data.statementId);
	if (!s) return null;
	const user = await requirePermission(locals, 'settlement.manage', s.communityPath);
	return { user, statement: s };
}

export const actions: Actions = {
	generate: async ({ locals, url }) => {
		requireUser(locals, url);
		const { scopes } = requirePermissionSomewhere(locals, 'settlement.manage');
		const deps = redemption();
		const patterns = scopes.map((s) => `${s}%`);
		const communities = await deps.sql<{ id: number }[]>`
			select id from nodes where level = 'community' and path like any(${patterns})`;
		if (communities.length === 0) {
			return { message: 'redemption.committee.done' as const, done: true };
		}
		await generateStatements(deps, { mode: 'to-date', communityIds: communities.map((c) => c.id) });
		return { message: 'redemption.committee.done' as const, done: true };
	},
	approve: async ({ locals, url, request }) => {
		const found = await managed(locals, url, await request.formData());
		if (!found) return fail(404, { message: 'redemption.committee.error.not_found' as const });
		const result = await approveStatement(redemption(), found.user.id, found.statement.id);
		if (!result.ok) {
			return fail(409, { message: `redemption.committee.error.${result.error}` as const });
		}
		return { message: 'redemption.committee.done' as const, done: true };
	},
	pay: async ({ locals, url, request }) => {
		const form = await request.formData();
		const found = await managed(locals, url, form);
		if (!found) return fail(404, { message: 'redemption.committee.error.not_found' as const });
		const parsed = parseForm(paySchema, form);
		if (!parsed.ok) return fail(400, { message: 'form.invalid' as const });
		const { method, reference } = parsed.data;
		const input = method === 'stripe' ? { method } : { method, reference };
		const result = await payStatement(redemption(), found.user.id, found.statement.id, input);
		if (!result.ok) {
			return fail(409, { message: `redemption.committee.error.${result.error}` as const });
		}
		return { message: 'redemption.committee.done' as const, done: true };
	}
};
