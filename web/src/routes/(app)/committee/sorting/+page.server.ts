import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { isPeriod, localDay } from '$lib/domain/sorting';
import { committeeCommunity } from '$lib/server/sorting/committee';
import { sorting } from '$lib/server/sorting/deps';
import { communitySettings, saveSettings } from '$lib/server/sorting/settings';
import {
	communityStats,
	openFlags,
	resolveFlag,
	type Focus
} from '$lib/server/sorting/stats.service';
import type { Actions, PageServerLoad } from './$types';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `point:<name>` or `building:<name>` picks whose trend the chart shows; anything else: all. */
function focusOf(raw: string | null): Focus {
	const m = /^(point|building):(.{1,80})$/.exec(raw ?? '');
	return m ? { kind: m[1] as 'point' | 'building', key: m[2] ?? '' } : { kind: 'community' };
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { community } = await committeeCommunity(locals, url);
	const deps = sorting();
	const now = deps.now();
	const period = url.searchParams.get('period');
	const fromRaw = url.searchParams.get('from') ?? '';
	const toRaw = url.searchParams.get('to') ?? '';
	const range = {
		period: isPeriod(period) ? period : 'day',
		from: DAY.test(fromRaw) ? fromRaw : localDay(new Date(now.getTime() - 29 * 86_400_000)),
		to: DAY.test(toRaw) ? toRaw : localDay(now)
	};
	const focus = focusOf(url.searchParams.get('focus'));
	return {
		range,
		focus,
		stats: await communityStats(deps, community.id, range, focus),
		flags: await openFlags(deps, community.id),
		settings: await communitySettings(deps.sql, community.id)
	};
};

const n = z.coerce.number().int().min(0).max(10_000);
const settingsForm = z.object({
	food: n,
	recyclable: n,
	hazardous: n,
	residual: n,
	dailyCapPoints: n,
	mistakeThreshold: n,
	burstPerMinute: z.coerce.number().int().min(1).max(100_000)
});

export const actions: Actions = {
	settings: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const parsed = settingsForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { message: 'sorting.committee.invalid' as const });
		const { food, recyclable, hazardous, residual, ...rest } = parsed.data;
		const points = { food, recyclable, hazardous, residual };
		await saveSettings(sorting().sql, community.id, { points, ...rest }, user.id);
		return { message: 'sorting.committee.saved' as const };
	},
	resolveFlag: async ({ locals, url, request }) => {
		const { user, community } = await committeeCommunity(locals, url);
		const id = Number((await request.formData()).get('flagId'));
		if (!Number.isSafeInteger(id)) {
			return fail(400, { message: 'sorting.committee.invalid' as const });
		}
		await resolveFlag(sorting(), community.id, id, user.id);
		return { message: 'sorting.committee.saved' as const };
	}
};
