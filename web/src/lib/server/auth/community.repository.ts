import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { nodes } from '../../../../../db/schema';
import type { Executor } from './db';

export interface CommunityOption {
	id: number;
	name: string;
	nameEn: string | null;
}

export interface StreetGroup {
	streetId: number;
	name: string;
	nameEn: string | null;
	communities: CommunityOption[];
}

const street = alias(nodes, 'street');

/** Every community, grouped under its street (街道), for the sign-up form's select. */
export async function listCommunitiesByStreet(db: Executor): Promise<StreetGroup[]> {
	const rows = await db
		.select({
			id: nodes.id,
			name: nodes.name,
			nameEn: nodes.nameEn,
			streetId: street.id,
			streetName: street.name,
			streetNameEn: street.nameEn
		})
		.from(nodes)
		.innerJoin(street, eq(street.id, nodes.parentId))
		.where(eq(nodes.level, 'community'))
		.orderBy(asc(street.name), asc(street.id), asc(nodes.name));
	const groups = new Map<number, StreetGroup>();
	for (const row of rows) {
		let group = groups.get(row.streetId);
		if (!group) {
			group = {
				streetId: row.streetId,
				name: row.streetName,
				nameEn: row.streetNameEn,
				communities: []
			};
			groups.set(row.streetId, group);
		}
		group.communities.push({ id: row.id, name: row.name, nameEn: row.nameEn });
	}
	return [...groups.values()];
}

export async function isCommunity(db: Executor, nodeId: number): Promise<boolean> {
	const [row] = await db
		.select({ id: nodes.id })
		.from(nodes)
		.where(and(eq(nodes.id, nodeId), eq(nodes.level, 'community')))
		.limit(1);
	return row !== undefined;
}
