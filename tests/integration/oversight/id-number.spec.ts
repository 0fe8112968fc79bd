import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	DEMO_AUDITOR,
	DEMO_COMMITTEE,
	DEMO_COMMUNITY,
	DEMO_INSPECTOR,
	DEMO_ORGANISER,
	DEMO_PARTNER,
	DEMO_PASSWORD
} from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { hashPassword } from '../../../web/src/lib/server/auth/password';
import {
	approveResident,
	listPendingResidents
} from '../../../web/src/lib/server/members/verification.service';
import {
	eraseAccount,
	exportPersonalData,
	exportRows,
	idNumberHash,
	readIdNumber,
	setResidentIdNumber,
	unmaskPersonalField
} from '../../../web/src/lib/server/privacy';
import { findResidents } from '../../../web/src/lib/server/wallet/committee.service';
import { PostingService } from '../../../web/src/lib/server/ledger/posting.service';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName, subjectByPhone } from '../access/subject';

const db = await createTestDatabase({ max: 5 });
await seedIfEmpty(db.url);
const community = await nodeByName(db, DEMO_COMMUNITY);
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const others = {
	partner: await subjectByPhone(db, DEMO_PARTNER.phone),
	inspector: await subjectByPhone(db, DEMO_INSPECTOR.phone),
	organiser: await subjectByPhone(db, DEMO_ORGANISER.phone),
	auditor: await subjectByPhone(db, DEMO_AUDITOR.phone)
};
const passwordHash = await hashPassword(DEMO_PASSWORD);
const now = new Date();

// Valid numbers (check characters computed by ISO 7064 MOD 11-2).
const ID_A = '11010519491231002X';
const ID_B = '110101195103081238';
const ID_C = '110101198001011232';
const ID_D = '440106195512120013';

/** A new unverified resident of the demo community, as self-registration leaves them. */
async function newResident(name: string) {
	const [row] = await db.sql<{ id: number }[]>`
		insert into users (email, display_name, password_hash, community_id)
		values (${`${randomUUID()}@example.com`}, ${name}, ${passwordHash}, ${community.id})
		returning id`;
	const id = Number(row?.id);
	const subject = {
		id,
		displayName: name,
		communityId: community.id,
		status: 'unverified' as const,
		roles: [{ role: 'resident' as const, nodeId: community.id, nodePath: community.path }]
	};
	return subject;
}

async function stored(userId: number) {
	const [row] = await db.sql<{ cipher: string; hash: string; enteredBy: number }[]>`
		select id_number_cipher as cipher, id_number_hash as hash, entered_by as "enteredBy"
		from resident_id_numbers where user_id = ${userId}`;
	return row;
}

async function statusOf(userId: number) {
	const [row] = await db.sql<{ status: string }[]>`
		select status::text from users where id = ${userId}`;
	return row?.status;
}

describe('entering an ID number', () => {
	it('should store it encrypted with its keyed hash and log only the masked form', async () => {
		const person = await newResident('赵一');
		const result = await setResidentIdNumber(db.db, committee, {
			userId: person.id,
			idNumber: ' 110105 19491231 002x ',
			now
		});
		expect(result).toEqual({ ok: true, value: { masked: '1101**********002X' } });
		const row = await stored(person.id);
		expect(row?.cipher.startsWith('v1.')).toBe(true);
		expect(row?.cipher).not.toContain(ID_A);
		expect(row?.hash).toBe(idNumberHash(ID_A));
		expect(row?.enteredBy).toBe(committee.id);
		expect(await readIdNumber(db.db, person.id)).toBe(ID_A);
		const [entry] = await db.sql`
			select actor_id, before, after from audit_events
			where action = 'member.id_number' and target_id = ${String(person.id)}`;
		expect(entry).toEqual({
			actor_id: committee.id,
			before: null,
			after: { idNumber: '1101**********002X' }
		});
		const [leak] = await db.sql`
			select count(*)::int as n from audit_events where after::text like ${`%${ID_A}%`}`;
		expect(leak?.n).toBe(0);
	});

	it('should say what is wrong with a mistyped number and save nothing', async () => {
		const person = await newResident('钱二');
		const cases = [
			['11010519491231002', 'wrong_length'],
			['11010519491231003X', 'bad_check_digit'],
			['110105194902300021', 'bad_birth_date'],
			['1101051949123100AX', 'bad_characters']
		] as const;
		for (const [idNumber, error] of cases) {
			const result = await setResidentIdNumber(db.db, committee, {
				userId: person.id,
				idNumber,
				now
			});
			expect(result).toEqual({ ok: false, error });
		}
		expect(await stored(person.id)).toBeUndefined();
	});

	it('should allow one number per account', async () => {
		const first = await newResident('孙三');
		const second = await newResident('李四');
		const input = { idNumber: ID_B, now };
		expect((await setResidentIdNumber(db.db, first, { ...input, userId: first.id })).ok).toBe(true);
		expect(await setResidentIdNumber(db.db, committee, { ...input, userId: second.id })).toEqual({
			ok: false,
			error: 'taken'
		});
		expect(await stored(second.id)).toBeUndefined();
	});

	it('should let residents enter their own once, and only the committee correct it', async () => {
		const person = await newResident('周五');
		const self = (idNumber: string) =>
			setResidentIdNumber(db.db, person, { userId: person.id, idNumber, now });
		expect((await self(ID_C)).ok).toBe(true);
		expect((await stored(person.id))?.enteredBy).toBe(person.id);
		expect((await self(ID_C)).ok).toBe(true);
		expect(await self(ID_D)).toEqual({ ok: false, error: 'already_set' });
		const corrected = await setResidentIdNumber(db.db, committee, {
			userId: person.id,
			idNumber: ID_D,
			now
		});
		expect(corrected.ok).toBe(true);
		expect(await readIdNumber(db.db, person.id)).toBe(ID_D);
		const [entry] = await db.sql`
			select before, after from audit_events where action = 'member.id_number'
				and target_id = ${String(person.id)} and actor_id = ${committee.id}`;
		expect(entry).toEqual({
			before: { idNumber: '1101**********1232' },
			after: { idNumber: '4401**********0013' }
		});
	});

	it('should refuse other staff and other residents', async () => {
		const person = await newResident('吴六');
		const neighbour = await newResident('郑七');
		for (const actor of [...Object.values(others), neighbour]) {
			const result = await setResidentIdNumber(db.db, actor, {
				userId: person.id,
				idNumber: ID_A,
				now
			});
			expect(result).toEqual({ ok: false, error: 'forbidden' });
		}
	});
});

describe('verifying with an ID number', () => {
	it('should verify and save the number together', async () => {
		const person = await newResident('冯八');
		const result = await approveResident(db.db, committee, person.id, {
			idNumber: '11010119800101123 2'
		});
		expect(result).toEqual({ ok: true, value: { displayName: '冯八' } });
		expect(await statusOf(person.id)).toBe('verified');
		// ID_C moved away from 周五 above, so it is free again.
		expect(await readIdNumber(db.db, person.id)).toBe(ID_C);
	});

	it('should verify nobody when the number is refused', async () => {
		const person = await newResident('陈九');
		expect(
			await approveResident(db.db, committee, person.id, { idNumber: '11010519491231003X' })
		).toEqual({ ok: false, error: 'id.bad_check_digit' });
		expect(await approveResident(db.db, committee, person.id, { idNumber: ID_A })).toEqual({
			ok: false,
			error: 'id.taken'
		});
		expect(await statusOf(person.id)).toBe('unverified');
		expect(await stored(person.id)).toBeUndefined();
		const [audit] = await db.sql`
			select count(*)::int as n from audit_events
			where action = 'member.verify' and target_id = ${String(person.id)}`;
		expect(audit?.n).toBe(0);
		expect((await approveResident(db.db, committee, person.id)).ok).toBe(true);
	});
});

describe('masking per role', () => {
	it('should show the committee masked numbers in the verification list and the search', async () => {
		const person = await newResident('褚十');
		await setResidentIdNumber(db.db, person, {
			userId: person.id,
			idNumber: '44010619551212003X',
			now
		});
		const pending = await listPendingResidents(db.db, committee);
		expect(pending.find((p) => p.id === person.id)?.maskedIdNumber).toBe('4401**********003X');
		const deps = { sql: db.sql, posting: new PostingService(db.sql) };
		const found = await findResidents(deps, committee, '褚十');
		expect(found.map((r) => r.maskedIdNumber)).toEqual(['4401**********003X']);
		for (const viewer of Object.values(others)) {
			expect(await listPendingResidents(db.db, viewer)).toEqual([]);
		}
	});

	it('should unmask for the committee with a logged reason, and for nobody else', async () => {
		const person = await newResident('卫十一');
		await setResidentIdNumber(db.db, committee, {
			userId: person.id,
			idNumber: '440106195512120056',
			now
		});
		const input = { userId: person.id, field: 'idNumber' as const, reason: '办理高龄津贴核对' };
		expect(await unmaskPersonalField(db.db, committee, input)).toEqual({
			ok: true,
			value: { value: '440106195512120056' }
		});
		const [entry] = await db.sql`
			select actor_id, reason, after from audit_events
			where action = 'personal.unmask' and target_id = ${String(person.id)}`;
		expect(entry).toEqual({
			actor_id: committee.id,
			reason: '办理高龄津贴核对',
			after: { field: 'idNumber', shown: '4401**********0056' }
		});
		for (const viewer of Object.values(others)) {
			expect(await unmaskPersonalField(db.db, viewer, input)).toEqual({
				ok: false,
				error: 'forbidden'
			});
		}
	});
});

describe('export and deletion', () => {
	it('should export the number in clear to its owner, never its cipher or hash', async () => {
		const person = await newResident('蒋十二');
		await setResidentIdNumber(db.db, person, {
			userId: person.id,
			idNumber: '440106195512120072',
			now
		});
		const data = await exportPersonalData(db.sql, person.id, now);
		expect(data.profile.id_number).toBe('440106195512120072');
		const row = await stored(person.id);
		const text = JSON.stringify(data) + JSON.stringify(exportRows(data));
		expect(text).not.toContain(String(row?.cipher));
		expect(text).not.toContain(String(row?.hash));
		expect(exportRows(data)).toContainEqual(['profile', '1', 'id_number', '440106195512120072']);
	});

	it('should erase the number with the account and free it for another account', async () => {
		const person = await newResident('沈十三');
		await setResidentIdNumber(db.db, person, {
			userId: person.id,
			idNumber: '440106195512120099',
			now
		});
		const erased = await eraseAccount(db, { userId: person.id, password: DEMO_PASSWORD, now });
		expect(erased).toEqual({ ok: true, value: null });
		expect(await stored(person.id)).toBeUndefined();
		const next = await newResident('韩十四');
		const again = await setResidentIdNumber(db.db, next, {
			userId: next.id,
			idNumber: '440106195512120099',
			now
		});
		expect(again.ok).toBe(true);
	});
});
