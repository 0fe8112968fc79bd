import type { Executor } from '../auth/db';
import { isPhoneAddress, type Mailer } from './mailer';
import { createOutboxMailer } from './outbox';
import { createSmtpMailer, smtpConfigFromEnv } from './smtp';

export type { Mailer, OutgoingMessage } from './mailer';

/**
 * Chooses the adapters from the environment. E-mail goes through SMTP when SMTP_HOST is set;
 * text messages always go to the outbox, because no SMS provider is connected yet.
 */
export function createMailer(db: Executor, env: Record<string, string | undefined>): Mailer {
	const outbox = createOutboxMailer(db);
	const smtpConfig = smtpConfigFromEnv(env);
	if (!smtpConfig) return outbox;
	const smtp = createSmtpMailer(smtpConfig);
	return {
		send: (message) => (isPhoneAddress(message.to) ? outbox.send(message) : smtp.send(message))
	};
}

/**
 * The development mailbox shows reset links, so production hides it unless an operator opts in
 * (a staging server without SMTP) with LINLI_DEV_MAILBOX=1.
 */
export function isDevMailboxEnabled(env: Record<string, string | undefined>): boolean {
	return env.NODE_ENV !== 'production' || env.LINLI_DEV_MAILBOX === '1';
}
