import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms/parse';
import { requireUser } from '$lib/server/access/guards';
import { database } from '$lib/server/context';
import { countUnread, listInbox, markAllRead, markRead } from '$lib/server/notifications/inbox';
import { notificationText } from '$lib/server/notifications/render';
import { markReadSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	const db = database().db;
	const [items, unread] = await Promise.all([listInbox(db, user.id), countUnread(db, user.id)]);
	return {
		userId: user.id,
		unread,
		items: items.map((n) => ({
			id: n.id,
			text: notificationText(locals.locale, n.type, n.params),
			link: n.link,
			read: n.readAt !== null,
			createdAt: n.createdAt.toISOString()
		}))
	};
};

export const actions: Actions = {
	read: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const parsed = parseForm(markReadSchema, await request.formData());
		if (!parsed.ok) return fail(400, { message: 'notifications.notFound' as const });
		// Nothing changes for another user's id, and "already read" counts as done: a double
		// click or a second tab must not show an error.
		await markRead(database().db, user.id, parsed.data.id);
		return { read: parsed.data.id };
	},
	readAll: async ({ locals, url }) => {
		const user = requireUser(locals, url);
		await markAllRead(database().db, user.id);
		return { markedAll: true };
	}
};
