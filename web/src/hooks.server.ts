import { sequence } from '@sveltejs/kit/hooks';
import { auditHandle } from '$lib/server/hooks/audit';
import { authHandle } from '$lib/server/hooks/auth';
import { localeHandle } from '$lib/server/hooks/locale';
import { originHandle } from '$lib/server/hooks/origin';
import { preferencesHandle } from '$lib/server/hooks/preferences';
import { guardHandle, securityHandle } from '$lib/server/hooks/security';
import '$lib/server/council/realtime'; // registers who may follow a vote's live turnout

/** Each concern is one handle in web/src/lib/server/hooks/, run in this order. */
export const handle = sequence(
	securityHandle,
	originHandle,
	localeHandle,
	authHandle,
	guardHandle,
	preferencesHandle,
	auditHandle
);
