import { desc } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { outgoingMessages } from '../../../db/schema';
import { logIn } from '../../../web/src/lib/server/auth/login';
import {
	inspectResetToken,
	requestPasswordReset,
	resetPassword
} from '../../../web/src/lib/server/auth/password-reset';
import { validateSessionToken } from '../../../web/src/lib/server/auth/session';
import { createMailer } from '../../../web/src/lib/server/mail';
import type { Mailer, OutgoingMessage } from '../../../web/src/lib/server/mail/mailer';
import { createTestDatabase } from '../../helpers/db';
import { createPlaces, createUser, GOOD_PASSWORD } from './fixtures';

const db = await createTestDatabase();
const t0 = new Date('2026-03-01T08:00:00Z');
const minutes = (m: number) => new Date(t0.getTime() + m * 60 * 1000);
const origin = 'https://linli.example';
const NEW_PASSWORD = 'plum-blossom-in-snow-7';
let userSession: string;

/** Captures messages as the real outbox would store them, to read the link back. */
const sent: OutgoingMessage[] = [];
const capture: Mailer = { send: async (m) => void sent.push(m) };
const tokenFrom = (message: OutgoingMessage | undefined) =>
	/token=([a-z2-7]+)/.exec(message?.body ?? '')?.[1] ?? '';

beforeAll(async () => {
	const { communityA1 } = await createPlaces(db.db);
	userSession = (await createUser(db.db, communityA1.id, '13600000001', t0)).token;
	await createUser(db.db, communityA1.id, 'qian@example.cn', t0);
});

describe('requestPasswordReset', () => {
	it('should text a phone a short link and store it in the outbox by default', async () => {
		const mailer = createMailer(db.db, {});
		await requestPasswordReset({ db: db.db, mailer }, { login: '136 0000 0001', origin }, t0);
		const [row] = await db.db.select().from(outgoingMessages).orderBy(desc(outgoingMessages.id));
		expect(row?.to).toBe('13600000001');
		expect(row?.subject).toBe('短信');
		expect(row?.body).toMatch(
			/^【邻里】.*https:\/\/linli\.example\/reset-password\?token=[a-z2-7]{32} /
		);
	});

	it('should send nothing for an unknown account and nothing twice within a minute', async () => {
		await requestPasswordReset(
			{ db: db.db, mailer: capture },
			{ login: '13600000099', origin },
			t0
		);
		await requestPasswordReset(
			{ db: db.db, mailer: capture },
			{ login: '13600000001', origin },
			t0
		);
		expect(sent).toEqual([]);
	});

	it('should e-mail a link valid for 30 minutes', async () => {
		await requestPasswordReset(
			{ db: db.db, mailer: capture },
			{ login: 'QIAN@example.cn', origin },
			t0
		);
		expect(sent).toHaveLength(1);
		expect(sent[0]?.to).toBe('qian@example.cn');
		const token = tokenFrom(sent[0]);
		expect((await inspectResetToken(db.db, token, minutes(29))).ok).toBe(true);
		expect(await inspectResetToken(db.db, token, minutes(30))).toEqual({
			ok: false,
			error: 'token_expired'
		});
		expect(await resetPassword(db.db, { token, password: NEW_PASSWORD }, minutes(31))).toEqual({
			ok: false,
			error: 'token_expired'
		});
	});
});

describe('resetPassword', () => {
	it('should set the password once, end all sessions, and refuse the link the second time', async () => {
		sent.length = 0;
		await requestPasswordReset(
			{ db: db.db, mailer: capture },
			{ login: '13600000001', origin },
			minutes(5)
		);
		const token = tokenFrom(sent[0]);
		expect(await resetPassword(db.db, { token, password: 'woaini1314' }, minutes(6))).toEqual({
			ok: false,
			error: 'too_common'
		});
		const done = await resetPassword(db.db, { token, password: NEW_PASSWORD }, minutes(6));
		expect(done.ok).toBe(true);
		expect(await validateSessionToken(db.db, userSession, minutes(6))).toBeNull();
		expect(await resetPassword(db.db, { token, password: NEW_PASSWORD }, minutes(7))).toEqual({
			ok: false,
			error: 'token_used'
		});
		const login = (password: string) =>
			logIn(db.db, { login: '13600000001', password, ip: '10.0.0.1' }, minutes(8));
		expect((await login(GOOD_PASSWORD)).ok).toBe(false);
		expect((await login(NEW_PASSWORD)).ok).toBe(true);
	});

	it('should retire an earlier link when a new one is requested', async () => {
		sent.length = 0;
		await requestPasswordReset(
			{ db: db.db, mailer: capture },
			{ login: 'qian@example.cn', origin },
			minutes(10)
		);
		await requestPasswordReset(
			{ db: db.db, mailer: capture },
			{ login: 'qian@example.cn', origin },
			minutes(12)
		);
		const [first, second] = sent.map(tokenFrom);
		expect(await inspectResetToken(db.db, first ?? '', minutes(13))).toEqual({
			ok: false,
			error: 'invalid_token'
		});
		expect((await inspectResetToken(db.db, second ?? '', minutes(13))).ok).toBe(true);
	});

	it('should refuse made-up tokens', async () => {
		for (const token of ['', 'abc', 'a'.repeat(32), '../../etc/passwd']) {
			expect(await resetPassword(db.db, { token, password: NEW_PASSWORD }, t0)).toEqual({
				ok: false,
				error: 'invalid_token'
			});
		}
	});
});
