import { describe, expect, it } from 'vitest';
import { createMailer, isDevMailboxEnabled } from '../../../web/src/lib/server/mail';
import { listOutgoingMessages } from '../../../web/src/lib/server/mail/outbox';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();

describe('createMailer', () => {
	it('should keep text messages in the outbox even when SMTP is configured', async () => {
		// Port 9 (discard) on loopback: if the phone message went to SMTP, send would fail.
		const mailer = createMailer(db.db, { SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' });
		await mailer.send({ to: '13400000001', subject: '短信', body: '【邻里】测试' });
		const [message] = await listOutgoingMessages(db.db);
		expect(message).toMatchObject({ to: '13400000001', body: '【邻里】测试', sentAt: null });
	});

	it('should hand e-mail to SMTP when it is configured', async () => {
		const mailer = createMailer(db.db, { SMTP_HOST: '127.0.0.1', SMTP_PORT: '9' });
		await expect(mailer.send({ to: 'a@example.cn', subject: 's', body: 'b' })).rejects.toThrow();
		expect(await listOutgoingMessages(db.db)).toHaveLength(1);
	});
});

describe('isDevMailboxEnabled', () => {
	it('should show the mailbox outside production, or when explicitly enabled', () => {
		expect(isDevMailboxEnabled({})).toBe(true);
		expect(isDevMailboxEnabled({ NODE_ENV: 'development' })).toBe(true);
		expect(isDevMailboxEnabled({ NODE_ENV: 'production' })).toBe(false);
		expect(isDevMailboxEnabled({ NODE_ENV: 'production', LINLI_DEV_MAILBOX: '0' })).toBe(false);
		expect(isDevMailboxEnabled({ NODE_ENV: 'production', LINLI_DEV_MAILBOX: '1' })).toBe(true);
	});
});
