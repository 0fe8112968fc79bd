import { describe, expect, it } from 'vitest';
import {
	DEMO_COMMITTEE,
	DEMO_ORGANISER,
	DEMO_PARTNER,
	DEMO_RESIDENT
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { createSession } from '../../../web/src/lib/server/auth/session';
import {
	beginEnrolment,
	enrolDemoStaff,
	DEMO_TOTP_SECRET,
	keyFromBase32,
	mustUseTwoFactor,
	passSecondFactor,
	totpAt,
	twoFactorState
} from '../../../web/src/lib/server/totp';
import { createTestDatabase } from '../../helpers/db';
import { subjectByPhone } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const now = new Date('2026-05-01T09:00:00Z');
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000);

async function twoFactorAt(sessionId: string) {
	const [row] = await db.sql`select two_factor_at from sessions where id = ${sessionId}`;
	return row?.two_factor_at as unknown;
}

describe('who must use two-factor', () => {
	it('should require it of committee and partner managers, not residents or organisers', async () => {
		expect(await mustUseTwoFactor(db.db, committee)).toBe(true);
		expect(await mustUseTwoFactor(db.db, await subjectByPhone(db, DEMO_PARTNER.phone))).toBe(true);
		expect(await mustUseTwoFactor(db.db, await subjectByPhone(db, DEMO_RESIDENT.phone))).toBe(
			false
		);
		expect(await mustUseTwoFactor(db.db, await subjectByPhone(db, DEMO_ORGANISER.phone))).toBe(
			false
		);
	});
});

describe('enrolment and sign-in', () => {
	it('should enable two-factor on the first right code and hand out ten recovery codes once', async () => {
		const { session } = await createSession(db.db, committee.id, now);
		const begun = await beginEnrolment(db.db, { userId: committee.id, accountName: 'x' });
		if (!begun.ok) throw new Error(begun.error);
		expect(begun.value.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
		const key = keyFromBase32(begun.value.secret);
		const stored =
			await db.sql`select secret_cipher from two_factor_secrets where user_id = ${committee.id}`;
		expect(String(stored[0]?.secret_cipher)).not.toContain(begun.value.secret);

		const wrong = await passSecondFactor(db.db, {
			userId: committee.id,
			sessionId: session.id,
			code: '000000' === totpAt(key, now) ? '111111' : '000000',
			now
		});
		expect(wrong).toEqual({ ok: false, error: 'wrong_code' });
		expect(await twoFactorAt(session.id)).toBeNull();

		const right = await passSecondFactor(db.db, {
			userId: committee.id,
			sessionId: session.id,
			code: totpAt(key, now),
			now
		});
		if (!right.ok) throw new Error(right.error);
		expect(right.value.recoveryCodes).toHaveLength(10);
		expect(await twoFactorAt(session.id)).not.toBeNull();
		expect(await twoFactorState(db.db, committee.id)).toEqual({ enabled: true, recoveryLeft: 10 });
		expect(await beginEnrolment(db.db, { userId: committee.id, accountName: 'x' })).toEqual({
			ok: false,
			error: 'already_enabled'
		});

		// A new session: the same code again is refused (replay); the next one works.
		const second = await createSession(db.db, committee.id, later(5));
		const replay = await passSecondFactor(db.db, {
			userId: committee.id,
			sessionId: second.session.id,
			code: totpAt(key, now),
			now: later(5)
		});
		expect(replay.ok).toBe(false);
		const next = await passSecondFactor(db.db, {
			userId: committee.id,
			sessionId: second.session.id,
			code: totpAt(key, later(30)),
			now: later(30)
		});
		expect(next).toEqual({ ok: true, value: { recoveryCodes: null } });

		// A recovery code works once, and its use is audited.
		const code = right.value.recoveryCodes?.[0] ?? '';
		const third = await createSession(db.db, committee.id, later(60));
		const use = (sessionId: string) =>
			passSecondFactor(db.db, {
				userId: committee.id,
				sessionId,
				code,
				recovery: true,
				now: later(60)
			});
		expect((await use(third.session.id)).ok).toBe(true);
		expect((await use(third.session.id)).ok).toBe(false);
		const [audit] = await db.sql`
			select count(*)::int as n from audit_events where action = 'twofactor.recovery_used'`;
		expect(audit?.n).toBe(1);
	});

	it('should enrol demo staff with the published demo key', async () => {
		expect(await enrolDemoStaff(db.sql)).toBeGreaterThanOrEqual(3);
		const partner = await subjectByPhone(db, DEMO_PARTNER.phone);
		const { session } = await createSession(db.db, partner.id, now);
		const code = totpAt(keyFromBase32(DEMO_TOTP_SECRET), now);
		const passed = await passSecondFactor(db.db, {
			userId: partner.id,
			sessionId: session.id,
			code,
			now
		});
		expect(passed.ok).toBe(true);
	});
});
