import { error } from '@sveltejs/kit';
import { database } from '$lib/server/context';
import { isDevMailboxEnabled } from '$lib/server/mail';
import { isPhoneAddress } from '$lib/server/mail/mailer';
import { listOutgoingMessages } from '$lib/server/mail/outbox';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ setHeaders }) => {
	if (!isDevMailboxEnabled(process.env)) error(404, { message: 'Not found' });
	setHeaders({ 'cache-control': 'no-store' });
	const messages = await listOutgoingMessages(database().db);
	return {
		messages: messages.map((m) => ({
			id: m.id,
			to: m.to,
			subject: m.subject,
			body: m.body,
			createdAt: m.createdAt.toISOString(),
			channel: isPhoneAddress(m.to) ? ('sms' as const) : ('email' as const),
			link: /https?:\/\/\S+/.exec(m.body)?.[0] ?? null
		}))
	};
};
