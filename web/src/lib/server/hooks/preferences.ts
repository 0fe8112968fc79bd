import type { Handle } from '@sveltejs/kit';
import { htmlClassFor, readDisplayPreferences } from '../preferences';

/**
 * Puts the display modes on `<html>` while rendering on the server, so large text and high
 * contrast apply before any JavaScript arrives (and without it). Runs after the auth hook.
 */
export const preferencesHandle: Handle = async ({ event, resolve }) => {
	const htmlClass = htmlClassFor(readDisplayPreferences(event.locals.user, event.cookies));
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%linli.html_class%', htmlClass)
	});
};
