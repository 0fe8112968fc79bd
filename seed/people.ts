import type { TransactionSql } from 'postgres';
import * as demo from './accounts';
import { OLDER_GIVEN, SURNAMES, YOUNGER_GIVEN } from './names';
import type { SeededPlace } from './places';
import type { Random } from './random';

export interface PersonRow {
	phone: string;
	email: string | null;
	display_name: string;
	community_id: number | null;
	status: 'unverified' | 'verified' | 'rejected';
	status_reason: string | null;
	status_changed_at: Date | null;
	birth_year: number | null;
	address: string | null;
	created_at: Date;
}

export const RESIDENTS_PER_COMMUNITY = 20;
/** The demo data's "today"; registration dates lie before it, so reruns produce identical rows. */
const BASE_MS = Date.UTC(2026, 0, 4, 1, 0, 0);
const HOUR_MS = 3_600_000;
const REJECTION = '填写的地址和户籍信息对不上，请带身份证到居委会当面核对。';

function address(rnd: Random, place: SeededPlace): string {
	const road = rnd.pick(place.roads);
	return `${place.district}${road}${rnd.int(1, 180)}号${rnd.int(1, 12)}栋${rnd.int(1, 9)}0${rnd.int(1, 6)}房`;
}

function person(
	rnd: Random,
	place: SeededPlace | null,
	fields: {
		phone: string;
		name: string;
		email?: string;
		status?: PersonRow['status'];
		older?: boolean;
	},
	n: number
): PersonRow {
	const status = fields.status ?? 'verified';
	const created = new Date(BASE_MS + n * 7 * HOUR_MS);
	return {
		phone: fields.phone,
		email: fields.email ?? null,
		display_name: fields.name,
		community_id: place?.id ?? null,
		status,
		status_reason: status === 'rejected' ? REJECTION : null,
		status_changed_at: status === 'unverified' ? null : new Date(created.getTime() + 20 * HOUR_MS),
		birth_year: place ? (fields.older ? rnd.int(1936, 1960) : rnd.int(1961, 2003)) : null,
		address: place ? address(rnd, place) : null,
		created_at: created
	};
}

/** Staff and demo people with fixed logins; see accounts.ts. */
export function demoPeople(rnd: Random, places: Map<string, SeededPlace>): PersonRow[] {
	const at = (name: string) => places.get(name) ?? null;
	const home = at(demo.DEMO_COMMUNITY);
	let n = 0;
	const p = (place: SeededPlace | null, f: Parameters<typeof person>[2]) =>
		person(rnd, place, f, n++);
	return [
		p(home, { ...demo.DEMO_RESIDENT, older: true }),
		p(home, demo.DEMO_COMMITTEE),
		p(home, { ...demo.DEMO_UNVERIFIED, status: 'unverified' }),
		p(home, demo.DEMO_ORGANISER),
		p(home, demo.DEMO_INSPECTOR),
		p(home, demo.DEMO_STREET_COMMITTEE),
		p(null, demo.DEMO_PARTNER),
		p(null, demo.DEMO_AUDITOR),
		p(null, demo.DEMO_ADMIN),
		p(at('仓边社区'), { phone: '13800000010', name: '梁美华' }),
		p(at('龟岗社区'), { phone: '13800000011', name: '郑国强' }),
		p(at('南兴社区'), { phone: '13800000012', name: '罗晓梅' }),
		p(null, { phone: '13800000020', name: '吴家明' }),
		p(null, { phone: '13800000021', name: '何淑仪' }),
		p(null, { phone: '13800000022', name: '谢永康' })
	];
}

/**
 * Fills each community up to RESIDENTS_PER_COMMUNITY people. Every third person is over 65,
 * about one in nine is still waiting for verification and a few were turned down.
 */
export function generatedResidents(
	rnd: Random,
	communities: SeededPlace[],
	existing: PersonRow[]
): PersonRow[] {
	const rows: PersonRow[] = [];
	const taken = new Set(existing.map((r) => r.display_name));
	let i = 0;
	for (const community of communities) {
		const already = existing.filter((r) => r.community_id === community.id).length;
		for (let k = already; k < RESIDENTS_PER_COMMUNITY; k++, i++) {
			const older = i % 3 === 0;
			let name = '';
			do name = rnd.pick(SURNAMES) + rnd.pick(older ? OLDER_GIVEN : YOUNGER_GIVEN);
			while (taken.has(name));
			taken.add(name);
			const status = i % 9 === 4 ? 'unverified' : i % 31 === 7 ? 'rejected' : 'verified';
			const phone = `138${String(1000 + i).padStart(8, '0')}`;
			rows.push(person(rnd, community, { phone, name, status, older }, 20 + i));
		}
	}
	return rows;
}

/** Inserts the people and returns their ids by phone number. */
export async function insertPeople(
	tx: TransactionSql,
	rows: PersonRow[],
	passwordHash: string
): Promise<Map<string, number>> {
	const withHash = rows.map((r) => ({ ...r, password_hash: passwordHash }));
	const inserted = await tx<{ id: number; phone: string }[]>`
		insert into users ${tx(withHash)} returning id, phone`;
	return new Map(inserted.map((r) => [r.phone, r.id]));
}
