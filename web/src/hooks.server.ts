import { sequence } from '@sveltejs/kit/hooks';
import { localeHandle } from '$lib/server/hooks/locale';

/** Each concern is one handle in web/src/lib/server/hooks/, run in this order. */
export const handle = sequence(localeHandle);
