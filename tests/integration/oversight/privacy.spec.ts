import { describe, expect, it } from 'vitest';
import {
	DEMO_AUDITOR,
	DEMO_COMMITTEE,
	DEMO_INSPECTOR,
	DEMO_ORGANISER,
	DEMO_PARTNER,
	DEMO_PASSWORD,
	DEMO_RESIDENT
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { logIn } from '../../../web/src/lib/server/auth/login';
import { decryptField, encryptField, phoneHash } from '../../../web/src/lib/server/crypto';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { listPendingResidents } from '../../../web/src/lib/server/members/verification.service';
import {
	canRequestUnmask,
	encryptPlaintextPersonalFields,
	eraseAccount,
	exportPersonalData,
	exportRows,
	maskAddress,
	maskBirthDate,
	maskIdNumber,
	maskPhone,
	unmaskPersonalField
} from '../../../web/src/lib/server/privacy';
import { createTestDatabase } from '../../helpers/db';
import { subjectByPhone } from '../access/subject';
import { drainAll, insertTransfers } from '../journal/fixtures';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
// Subjects are looked up by the plaintext the seed wrote, before encrypting it as `npm start` does.
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const resident = await subjectByPhone(db, DEMO_RESIDENT.phone);
const staff = {
	partner: await subjectByPhone(db, DEMO_PARTNER.phone),
	inspector: await subjectByPhone(db, DEMO_INSPECTOR.phone),
	organiser: await subjectByPhone(db, DEMO_ORGANISER.phone),
	auditor: await subjectByPhone(db, DEMO_AUDITOR.phone)
};
await db.sql`update users set address = '广州市越秀区北京街道盐运西社区3号楼' where id = ${resident.id}`;
const encrypted = await encryptPlaintextPersonalFields(db.sql);

describe('encryption at rest', () => {
	it('should leave no plaintext phone or address and be idempotent', async () => {
		expect(encrypted).toBeGreaterThan(10);
		expect(await encryptPlaintextPersonalFields(db.sql)).toBe(0);
		const [plain] = await db.sql`
			select count(*)::int as n from users where phone is not null
				or (address is not null and address not like 'v1.%')`;
		expect(plain?.n).toBe(0);
		const [row] =
			await db.sql`select phone_hash, phone_cipher from users where id = ${resident.id}`;
		expect(row?.phone_hash).toBe(phoneHash(DEMO_RESIDENT.phone));
		expect(decryptField('phone', String(row?.phone_cipher))).toBe(DEMO_RESIDENT.phone);
	});

	it('should still let people log in by phone number', async () => {
		const result = await logIn(
			db.db,
			{ login: DEMO_RESIDENT.phone, password: DEMO_PASSWORD, ip: '192.0.2.1' },
			new Date()
		);
		expect(result.ok).toBe(true);
	});

	it('should refuse a ciphertext moved to another field', () => {
		const sealed = encryptField('phone', '13812345678');
		expect(decryptField('phone', sealed)).toBe('13812345678');
		expect(() => decryptField('address', sealed)).toThrow();
		const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
		expect(() => decryptField('phone', tampered)).toThrow();
	});
});

describe('masking', () => {
	it('should mask each personal field', () => {
		expect(maskPhone('13812345678')).toBe('138****5678');
		expect(maskIdNumber('110101195103081234')).toBe('1101**********1234');
		expect(maskAddress('广州市越秀区北京街道盐运西社区3号楼')).toBe('广州市越秀区****');
		expect(maskBirthDate('1951-03-08')).toBe('1951-**-**');
	});

	it('should show committee members masked phones in their work lists', async () => {
		const pending = await listPendingResidents(db.db, committee);
		expect(pending.length).toBeGreaterThan(0);
		for (const p of pending) expect(p.maskedPhone).toMatch(/^1\d{2}\*{4}\d{4}$/);
	});

	it('should let only the committee ask to unmask', () => {
		expect(canRequestUnmask(committee.roles.map((r) => r.role))).toBe(true);
		for (const s of Object.values(staff)) {
			expect(canRequestUnmask(s.roles.map((r) => r.role))).toBe(false);
		}
	});
});

describe('unmaskPersonalField', () => {
	it('should show the whole value to the committee and log who, what and why', async () => {
		const result = await unmaskPersonalField(db.db, committee, {
			userId: resident.id,
			field: 'phone',
			reason: '上门服务前电话确认'
		});
		expect(result).toEqual({ ok: true, value: { value: DEMO_RESIDENT.phone } });
		const [entry] = await db.sql`
			select actor_id, reason, after from audit_events where action = 'personal.unmask'`;
		expect(entry).toEqual({
			actor_id: committee.id,
			reason: '上门服务前电话确认',
			after: { field: 'phone', shown: maskPhone(DEMO_RESIDENT.phone) }
		});
		const address = await unmaskPersonalField(db.db, committee, {
			userId: resident.id,
			field: 'address',
			reason: '核对住址'
		});
		expect(address.ok && address.value.value).toBe('广州市越秀区北京街道盐运西社区3号楼');
	});

	it('should refuse without a reason and for other roles', async () => {
		const input = { userId: resident.id, field: 'phone' as const, reason: ' ' };
		expect(await unmaskPersonalField(db.db, committee, input)).toEqual({
			ok: false,
			error: 'reason_required'
		});
		for (const s of Object.values(staff)) {
			const refused = await unmaskPersonalField(db.db, s, { ...input, reason: '想看' });
			expect(refused).toEqual({ ok: false, error: 'forbidden' });
		}
	});
});

describe('personal data export and deletion', () => {
	it('should export the profile in clear and every linked record, without credentials', async () => {
		const data = await exportPersonalData(db.sql, resident.id, new Date());
		expect(data.profile).toMatchObject({
			phone: DEMO_RESIDENT.phone,
			display_name: DEMO_RESIDENT.name
		});
		expect(data.profile).not.toHaveProperty('password_hash');
		expect(Object.keys(data.records).length).toBeGreaterThan(0);
		const text = JSON.stringify(data);
		expect(text).not.toContain('argon2');
		expect(exportRows(data).some((r) => r[0] === 'profile' && r[2] === 'phone')).toBe(true);
	});

	it('should anonymise the account, keep the ledger verifiable and stop logins', async () => {
		const [account] = await db.sql<{ id: string }[]>`
			insert into ledger_accounts (id, asset, kind, owner_type, owner_id, floor)
			values (gen_random_uuid(), 'HOUR', 'resident', 'user', ${resident.id}, -600)
			on conflict (owner_type, owner_id, asset, kind) do update set asset = excluded.asset
			returning id`;
		const [issuer] = await db.sql<{ id: string }[]>`
			insert into ledger_accounts (id, asset, kind, owner_type, owner_id)
			values (gen_random_uuid(), 'HOUR', 'community_issuance', 'community', 999001) returning id`;
		await insertTransfers(db.sql, [String(issuer?.id), String(account?.id)], 5);
		await drainAll(db.sql);
		expect((await verifyJournal(db.sql)).ok).toBe(true);

		expect(
			await eraseAccount(db, { userId: resident.id, password: 'wrong-one-1', now: new Date() })
		).toEqual({ ok: false, error: 'wrong_password' });
		expect(
			await eraseAccount(db, { userId: committee.id, password: DEMO_PASSWORD, now: new Date() })
		).toEqual({ ok: false, error: 'holds_staff_role' });
		await db.sql`insert into resident_skills (user_id, skill) values (${resident.id}, 'escort')`;
		const [shop] = await db.sql<{ id: number }[]>`
			insert into partners (name, licence_no, contact_name, contact_phone_cipher, applicant_id)
			values ('街角理发', '91440101MA5TEST01X', '张三', 'cipher', ${resident.id}) returning id`;
		const erased = await eraseAccount(db, {
			userId: resident.id,
			password: DEMO_PASSWORD,
			now: new Date()
		});
		expect(erased).toEqual({ ok: true, value: null });
		const [skills] = await db.sql`
			select count(*)::int as n from resident_skills where user_id = ${resident.id}`;
		expect(skills?.n).toBe(0);
		const [contact] = await db.sql`
			select name, contact_name, contact_phone_cipher from partners where id = ${shop?.id ?? 0}`;
		expect(contact).toEqual({ name: '街角理发', contact_name: null, contact_phone_cipher: null });

		const [row] = await db.sql`
			select display_name, phone, phone_hash, phone_cipher, email, address, status::text,
				anonymised_at is not null as gone from users where id = ${resident.id}`;
		expect(row).toEqual({
			display_name: '—',
			phone: null,
			phone_hash: null,
			phone_cipher: null,
			email: null,
			address: null,
			status: 'disabled',
			gone: true
		});
		const [transfers] = await db.sql`
			select count(*)::int as n from ledger_transfers where credit_account_id = ${String(account?.id)}`;
		expect(transfers?.n).toBeGreaterThanOrEqual(5);
		expect((await verifyJournal(db.sql)).ok).toBe(true);
		const login = await logIn(
			db.db,
			{ login: DEMO_RESIDENT.phone, password: DEMO_PASSWORD, ip: '192.0.2.2' },
			new Date()
		);
		expect(login.ok).toBe(false);
		const [audit] = await db.sql`select actor_id from audit_events where action = 'account.delete'`;
		expect(audit?.actor_id).toBe(resident.id);
	});
});
