import type { Task } from 'graphile-worker';
import { and, asc, eq, gte, isNotNull, isNull, lt } from 'drizzle-orm';
import { notifications, users, type Locale } from '../../../../../db/schema';
import { translate } from '../../i18n';
import type { Executor } from '../auth/db';
import { database } from '../context';
import { createMailer, type Mailer } from '../mail';
import { notificationText } from './render';

export const DIGEST_TASK = 'notifications:digest';
/** graphile-worker cron runs in UTC: 00:00 UTC is 08:00 in China, a good hour to read mail. */
export const DIGEST_CRONTAB = `0 0 * * * ${DIGEST_TASK}`;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Enough to see what is new; the inbox has the rest. */
const MAX_ITEMS = 20;

interface Recipient {
	email: string;
	name: string;
	locale: Locale;
	lines: string[];
	count: number;
}

/**
 * E-mails each user with an e-mail address the notifications of `[from, to)` that are still
 * unread, one message per person. People with only a phone get none: a daily text message costs
 * money and would nag. Returns how many messages were sent.
 */
export async function sendDigests(
	db: Executor,
	mailer: Mailer,
	window: { from: Date; to: Date },
	appUrl: string
): Promise<number> {
	const rows = await db
		.select({
			userId: users.id,
			email: users.email,
			name: users.displayName,
			locale: users.locale,
			type: notifications.type,
			params: notifications.params
		})
		.from(notifications)
		.innerJoin(users, eq(users.id, notifications.userId))
		.where(
			and(
				isNull(notifications.readAt),
				gte(notifications.createdAt, window.from),
				lt(notifications.createdAt, window.to),
				isNotNull(users.email)
			)
		)
		.orderBy(asc(notifications.userId), asc(notifications.createdAt));
	const byUser = new Map<number, Recipient>();
	for (const row of rows) {
		if (!row.email) continue;
		let r = byUser.get(row.userId);
		if (!r) {
			r = { email: row.email, name: row.name, locale: row.locale, lines: [], count: 0 };
			byUser.set(row.userId, r);
		}
		r.count += 1;
		if (r.lines.length < MAX_ITEMS) r.lines.push(notificationText(r.locale, row.type, row.params));
	}
	for (const r of byUser.values()) await mailer.send(digestMessage(r, appUrl));
	return byUser.size;
}

function digestMessage(r: Recipient, appUrl: string) {
	const url = `${appUrl.replace(/\/+$/, '')}/notifications`;
	const body = [
		translate(r.locale, 'notifications.digest.intro', { name: r.name }),
		'',
		...r.lines.map((line) => `• ${line}`),
		'',
		translate(r.locale, 'notifications.digest.footer', { url })
	].join('\n');
	const subject = translate(r.locale, 'notifications.digest.subject', { count: r.count });
	return { to: r.email, subject, body };
}

/**
 * The daily cron task. The window ends at the cron's own timestamp, so a retried or backfilled
 * run covers the same day as the original rather than shifting.
 */
export const digestTask: Task = async (payload) => {
	const cron = (payload as { _cron?: { ts?: string } } | null)?._cron;
	const to = cron?.ts ? new Date(cron.ts) : new Date();
	const db = database().db;
	const appUrl = process.env.ORIGIN ?? 'http://127.0.0.1:3000';
	await sendDigests(
		db,
		createMailer(db, process.env),
		{ from: new Date(to.getTime() - DAY_MS), to },
		appUrl
	);
};
