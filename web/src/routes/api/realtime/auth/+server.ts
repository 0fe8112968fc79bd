import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { authorizeSocket } from '$lib/server/realtime/authorize-socket';
import { pusherClient } from '$lib/server/realtime/realtime';
import { channelResolvers } from '$lib/server/realtime/resolvers';
import type { RequestHandler } from './$types';

/** What pusher-js posts (form-encoded) when it subscribes to a private or presence channel. */
const Body = z.object({
	socket_id: z.string().regex(/^\d+\.\d+$/),
	channel_name: z.string().regex(/^(private|presence)-[A-Za-z0-9_\-=@,.;]{1,190}$/)
});

/**
 * Signs a channel subscription for the signed-in user. Same-origin only: the signature grants
 * access to that user's live data, so another site must not be able to obtain one.
 */
export const POST: RequestHandler = async ({ request, locals, url }) => {
	if (request.headers.get('origin') !== url.origin) error(403, 'Cross-origin request refused');
	if (!locals.user) error(403, 'Sign in to receive live updates');
	const form = await request.formData().catch(() => null);
	const parsed = Body.safeParse(form ? Object.fromEntries(form) : null);
	if (!parsed.success) error(400, 'Expected socket_id and channel_name');
	const result = await authorizeSocket(
		{ user: locals.user, socketId: parsed.data.socket_id, channel: parsed.data.channel_name },
		{ facts: channelResolvers, signer: pusherClient() }
	);
	if (!result.ok) return json({ error: result.error }, { status: 403 });
	return json(result.value);
};
