import nodemailer from 'nodemailer';
import type { Mailer, OutgoingMessage } from './mailer';

export interface SmtpConfig {
	host: string;
	port: number;
	user?: string;
	password?: string;
	from: string;
}

/** Reads SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD and SMTP_FROM; null when SMTP_HOST is unset. */
export function smtpConfigFromEnv(env: Record<string, string | undefined>): SmtpConfig | null {
	if (!env.SMTP_HOST) return null;
	return {
		host: env.SMTP_HOST,
		port: Number(env.SMTP_PORT ?? 587),
		user: env.SMTP_USER,
		password: env.SMTP_PASSWORD,
		from: env.SMTP_FROM ?? `Linli <no-reply@${env.SMTP_HOST}>`
	};
}

/** Sends e-mail through an SMTP server (port 465 uses TLS from the start, others STARTTLS). */
export function createSmtpMailer(config: SmtpConfig): Mailer {
	const transport = nodemailer.createTransport({
		host: config.host,
		port: config.port,
		secure: config.port === 465,
		auth: config.user ? { user: config.user, pass: config.password ?? '' } : undefined
	});
	return {
		async send(message: OutgoingMessage) {
			await transport.sendMail({
				from: config.from,
				to: message.to,
				subject: message.subject,
				text: message.body
			});
		}
	};
}
