import type { TransactionSql } from 'postgres';
import * as demo from './accounts';
import type { PersonRow } from './people';
import type { SeededPlace } from './places';

type Ids = Map<string, number>;

function idOf(map: Map<string, number> | Map<string, SeededPlace>, key: string): number {
	const value = map.get(key);
	if (value === undefined) throw new Error(`seed: unknown ${key}`);
	return typeof value === 'number' ? value : value.id;
}

/** Staff roles: a committee per community plus one on a street, an inspector, auditor and admin. */
export async function grantStaffRoles(
	tx: TransactionSql,
	places: Map<string, SeededPlace>,
	people: Ids
) {
	const grants: [string, string, string][] = [
		[demo.DEMO_COMMITTEE.phone, 'committee', demo.DEMO_COMMUNITY],
		['13800000010', 'committee', '仓边社区'],
		['13800000011', 'committee', '龟岗社区'],
		['13800000012', 'committee', '南兴社区'],
		[demo.DEMO_STREET_COMMITTEE.phone, 'committee', demo.DEMO_STREET],
		[demo.DEMO_INSPECTOR.phone, 'inspector', demo.DEMO_COMMUNITY],
		[demo.DEMO_AUDITOR.phone, 'auditor', demo.DEMO_CITY],
		[demo.DEMO_ADMIN.phone, 'admin', demo.DEMO_CITY]
	];
	const admin = idOf(people, demo.DEMO_ADMIN.phone);
	const rows = grants.map(([phone, role, place]) => ({
		user_id: idOf(people, phone),
		role,
		node_id: idOf(places, place),
		granted_by: admin
	}));
	await tx`insert into role_grants ${tx(rows)}`;
}

interface OrgSeed {
	name: string;
	place: string;
	organiser: (residents: PersonRow[]) => string;
	/** Which residents of the place join. */
	members: (residents: PersonRow[]) => PersonRow[];
}

const verified = (rows: PersonRow[]) => rows.filter((r) => r.status === 'verified');
const older = (r: PersonRow) => (r.birth_year ?? 2000) <= 1960;

const ORGANISATIONS: OrgSeed[] = [
	{
		name: '盐运西社区志愿服务队',
		place: demo.DEMO_COMMUNITY,
		organiser: () => demo.DEMO_ORGANISER.phone,
		members: (rs) =>
			verified(rs)
				.filter((r) => !older(r))
				.slice(0, 6)
	},
	{
		name: '东山银龄互助会',
		place: '东山街道',
		organiser: (rs) => verified(rs).find(older)?.phone ?? '',
		members: (rs) => verified(rs).filter(older).slice(0, 6)
	},
	{
		name: '石牌青年志愿者协会',
		place: '石牌街道',
		organiser: (rs) => verified(rs).find((r) => !older(r))?.phone ?? '',
		members: (rs) =>
			verified(rs)
				.filter((r) => !older(r))
				.slice(0, 6)
	}
];

/** Which residents live at or below a place: the organisation's catchment. */
const RESIDENTS_OF: Record<string, string[]> = {
	[demo.DEMO_COMMUNITY]: [demo.DEMO_COMMUNITY],
	东山街道: ['龟岗社区'],
	石牌街道: ['南兴社区']
};

export async function insertOrganisations(
	tx: TransactionSql,
	places: Map<string, SeededPlace>,
	people: Ids,
	residents: PersonRow[]
) {
	for (const org of ORGANISATIONS) {
		const nodeId = idOf(places, org.place);
		const communities = (RESIDENTS_OF[org.place] ?? []).map((c) => idOf(places, c));
		const local = residents.filter(
			(r) => r.community_id !== null && communities.includes(r.community_id)
		);
		const organiser = idOf(people, org.organiser(local));
		const [row] = await tx<{ id: number }[]>`
			insert into organisations (name, node_id, status) values (${org.name}, ${nodeId}, 'approved')
			returning id`;
		if (!row) throw new Error(`seed: could not insert ${org.name}`);
		const memberIds = new Set([organiser, ...org.members(local).map((m) => idOf(people, m.phone))]);
		const members = [...memberIds].map((user_id) => ({ org_id: row.id, user_id }));
		await tx`insert into organisation_members ${tx(members)}`;
		await tx`insert into role_grants (user_id, role, node_id) values (${organiser}, 'organiser', ${nodeId})
			on conflict do nothing`;
	}
}

/**
 * The demo partners and where their shops are (广州): on the demo street the barber is a couple of
 * hundred metres from the community's map point and the shop about 2 km off, so "within 1 km"
 * and "within 3 km" list different offers.
 */
const PARTNERS = [
	{
		name: '惠民理发店',
		licence: '92440104MA5CXL0001',
		manager: demo.DEMO_PARTNER.phone,
		street: demo.DEMO_STREET,
		point: { latitude: 23.1268, longitude: 113.2705 }
	},
	{
		name: '康乐便利店',
		licence: '92440104MA5CXL0002',
		manager: '13800000020',
		street: demo.DEMO_STREET,
		point: { latitude: 23.144, longitude: 113.275 }
	},
	{
		name: '仁心大药房',
		licence: '91440104MA5CXL0003',
		manager: '13800000021',
		street: '东山街道',
		point: { latitude: 23.1297, longitude: 113.2921 }
	},
	{
		name: '老广早茶馆',
		licence: '92440106MA5CXL0004',
		manager: '13800000022',
		street: '石牌街道',
		point: { latitude: 23.1372, longitude: 113.3402 }
	}
];

/** Four approved partner businesses, each with a manager holding `partner` on its street. */
export async function insertPartners(
	tx: TransactionSql,
	places: Map<string, SeededPlace>,
	people: Ids
) {
	for (const p of PARTNERS) {
		const [row] = await tx<{ id: number }[]>`
			insert into partners (name, licence_no, status, latitude, longitude)
			values (${p.name}, ${p.licence}, 'approved', ${p.point.latitude}, ${p.point.longitude})
			returning id`;
		if (!row) throw new Error(`seed: could not insert ${p.name}`);
		const manager = idOf(people, p.manager);
		await tx`insert into partner_staff (partner_id, user_id, is_manager) values (${row.id}, ${manager}, true)`;
		await tx`insert into role_grants (user_id, role, node_id)
			values (${manager}, 'partner', ${idOf(places, p.street)})`;
	}
}
