import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms/parse';
import { requirePermissionSomewhere, requireUser } from '$lib/server/access/guards';
import { listNodesInScope } from '$lib/server/access/scopes';
import { database } from '$lib/server/context';
import {
	redemptionSettingsOf,
	setRedemptionSettings,
	unsettledPoints
} from '$lib/server/redemption/settings.service';
import type { Actions, PageServerLoad } from './$types';

const schema = z.object({
	communityId: z.coerce.number().int().positive(),
	pointsPerYuan: z.coerce
		.number('settlement.settings.error.rate_invalid')
		.int('settlement.settings.error.rate_invalid')
		.min(1, 'settlement.settings.error.rate_invalid')
		.max(10_000, 'settlement.settings.error.rate_invalid'),
	period: z.enum(['weekly', 'monthly'], 'settlement.settings.error.period_invalid')
});

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { user } = requirePermissionSomewhere(locals, 'settings.manage');
	const { db } = database();
	const communities = await listNodesInScope(db, user, 'settings.manage', 'community');
	const wanted = Number(url.searchParams.get('community'));
	const community = communities.find((c) => c.id === wanted) ?? communities[0] ?? null;
	const list = communities.map((c) => ({ id: c.id, name: c.name }));
	if (!community) return { communities: list, community: null };
	const settings = await redemptionSettingsOf(db, community.id);
	return {
		communities: list,
		community: { id: community.id, name: community.name },
		settings: { ...settings, updatedAt: settings.updatedAt?.toISOString() ?? null },
		unsettled: await unsettledPoints(db, community.id)
	};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const { user } = requirePermissionSomewhere(locals, 'settings.manage');
		const parsed = parseForm(schema, await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const result = await setRedemptionSettings(
			{ db: database().db, now: () => new Date() },
			user,
			parsed.data
		);
		if (!result.ok) {
			return fail(result.error === 'rate_invalid' ? 400 : 403, {
				message: `settlement.settings.error.${result.error}` as const
			});
		}
		return {
			saved: { pointsPerYuan: result.value.pointsPerYuan, period: result.value.period }
		};
	}
};
