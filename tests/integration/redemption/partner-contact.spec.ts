import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessSubject, Role } from '../../../web/src/lib/domain/access';
import { decryptField } from '../../../web/src/lib/server/crypto';
import {
	encryptPlaintextPersonalFields,
	exportPersonalData
} from '../../../web/src/lib/server/privacy';
import { unmaskPartnerContactPhone } from '../../../web/src/lib/server/redemption/partner-contact';
import {
	applyAsPartner,
	listApplications
} from '../../../web/src/lib/server/redemption/partners.service';
import { createTestDatabase } from '../../helpers/db';
import { makeCommunity, makeUser, testDeps } from './fixtures';

const db = await createTestDatabase();
const deps = testDeps(db.sql);
const PHONE = '13812345678';
const LEGACY_PHONE = '13987654321';
let community: { id: number; path: string };
let other: { id: number; path: string };
let applicant: { id: number };
let partnerId: number;
let legacyId: number;

function subject(id: number, role: Role, node: { id: number; path: string }): AccessSubject {
	return { id, status: 'verified', roles: [{ role, nodeId: node.id, nodePath: node.path }] };
}

async function plaintextHits(phone: string): Promise<number> {
	const [row] = await db.sql<{ n: number }[]>`
		select count(*)::int as n from partners p where row_to_json(p)::text like ${`%${phone}%`}`;
	return row!.n;
}

beforeAll(async () => {
	community = await makeCommunity(db.sql, '花园社区');
	other = await makeCommunity(db.sql, '河边社区');
	applicant = await makeUser(db.sql, { communityId: community.id, name: '黄志强' });
	const applied = await applyAsPartner(deps, applicant.id, {
		name: '好运理发店',
		licenceNo: '91440101MA5PHONE01',
		contactName: '黄志强',
		contactPhone: PHONE,
		address: '花园路1号',
		categories: ['haircut'],
		communityIds: [community.id]
	});
	if (!applied.ok) throw new Error(applied.error);
	partnerId = applied.value.partnerId;
	// A partner that applied before encryption at rest: its number is still in the old column.
	const [legacy] = await db.sql<{ id: number }[]>`
		insert into partners (name, licence_no, contact_name, contact_phone, applicant_id)
		values ('老字号茶楼', '91440101MA5PHONE02', '李老板', ${LEGACY_PHONE}, ${applicant.id})
		returning id`;
	legacyId = legacy!.id;
	await db.sql`insert into partner_communities (partner_id, community_id)
		values (${legacyId}, ${community.id})`;
});

describe('partner contact phone at rest', () => {
	it('should store a new application encrypted, with nothing in the plaintext column', async () => {
		const [row] = await db.sql<{ contact_phone: string | null; contact_phone_cipher: string }[]>`
			select contact_phone, contact_phone_cipher from partners where id = ${partnerId}`;
		expect(row?.contact_phone).toBeNull();
		expect(row?.contact_phone_cipher.startsWith('v1.')).toBe(true);
		expect(decryptField('phone', row!.contact_phone_cipher)).toBe(PHONE);
		expect(await plaintextHits(PHONE)).toBe(0);
	});

	it('should move a legacy plaintext number into the cipher once (idempotent)', async () => {
		expect(await plaintextHits(LEGACY_PHONE)).toBe(1);
		expect(await encryptPlaintextPersonalFields(db.sql)).toBeGreaterThanOrEqual(1);
		expect(await encryptPlaintextPersonalFields(db.sql)).toBe(0);
		expect(await plaintextHits(LEGACY_PHONE)).toBe(0);
		const [left] = await db.sql<{ n: number }[]>`
			select count(*)::int as n from partners where contact_phone is not null`;
		expect(left?.n).toBe(0);
		const [row] = await db.sql<{ cipher: string }[]>`
			select contact_phone_cipher as cipher from partners where id = ${legacyId}`;
		expect(decryptField('phone', row!.cipher)).toBe(LEGACY_PHONE);
	});
});

describe('partner contact phone shown to staff', () => {
	it('should list applications with the number masked', async () => {
		const list = await listApplications(deps, [community.path]);
		const byId = new Map(list.map((a) => [a.partnerId, a.contactPhone]));
		expect(byId.get(partnerId)).toBe('138****5678');
		expect(byId.get(legacyId)).toBe('139****4321');
		expect(JSON.stringify(list)).not.toContain(PHONE);
	});

	it('should show the full number to the committee of that community, with the reason logged', async () => {
		const chair = await makeUser(db.sql, { communityId: community.id, name: '陈主任' });
		const committee = subject(chair.id, 'committee', community);
		const result = await unmaskPartnerContactPhone(db.db, committee, {
			partnerId,
			communityId: community.id,
			reason: '  打电话核实营业执照  '
		});
		expect(result).toEqual({ ok: true, value: { value: PHONE } });
		const entries = await db.sql<
			{ actor_id: number; target_id: string; after: unknown; reason: string; node_path: string }[]
		>`select actor_id, target_id, after, reason, node_path from audit_events
			where action = 'personal.unmask' and target_type = 'partner'`;
		expect(entries).toEqual([
			{
				actor_id: committee.id,
				target_id: String(partnerId),
				after: { field: 'contactPhone', shown: '138****5678' },
				reason: '打电话核实营业执照',
				node_path: community.path
			}
		]);
	});

	it.each<[string, Role, 'community' | 'other']>([
		['the committee of another community', 'committee', 'other'],
		['partner staff', 'partner', 'community'],
		['an inspector', 'inspector', 'community'],
		['an organiser', 'organiser', 'community'],
		['an auditor', 'auditor', 'community'],
		['a resident', 'resident', 'community']
	])('should refuse the full number to %s', async (_who, role, where) => {
		const actor = subject(applicant.id, role, where === 'other' ? other : community);
		const result = await unmaskPartnerContactPhone(db.db, actor, {
			partnerId,
			communityId: community.id,
			reason: '想看看'
		});
		expect(result).toEqual({ ok: false, error: 'forbidden' });
	});

	it('should require a reason and a real application', async () => {
		const committee = subject(applicant.id, 'committee', community);
		const input = { partnerId, communityId: community.id };
		expect(await unmaskPartnerContactPhone(db.db, committee, { ...input, reason: ' ' })).toEqual({
			ok: false,
			error: 'reason_required'
		});
		expect(
			await unmaskPartnerContactPhone(db.db, committee, { ...input, reason: 'x'.repeat(201) })
		).toEqual({ ok: false, error: 'reason_too_long' });
		expect(
			await unmaskPartnerContactPhone(db.db, committee, {
				partnerId,
				communityId: other.id,
				reason: '核实'
			})
		).toEqual({ ok: false, error: 'not_found' });
	});
});

describe('partner contact phone in the applicant’s data export', () => {
	it('should export the number in clear and never the cipher', async () => {
		const data = await exportPersonalData(db.sql, applicant.id, new Date());
		const rows = data.records['partners.applicant_id'] ?? [];
		expect(rows.map((r) => r.contact_phone).sort()).toEqual([PHONE, LEGACY_PHONE].sort());
		expect(rows.every((r) => !('contact_phone_cipher' in r))).toBe(true);
	});
});
