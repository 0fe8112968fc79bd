import { eq, inArray } from 'drizzle-orm';
import { nodes, users, type UserStatus } from '../../../../../db/schema';
import type { Db } from '../../../../../db/client';

/** What the time bank needs to know about a person it acts for. */
export interface Person {
	id: number;
	displayName: string;
	status: UserStatus;
	communityId: number | null;
	communityPath: string | null;
}

export async function findPerson(db: Db, id: number): Promise<Person | null> {
	const rows = await findPeople(db, [id]);
	return rows[0] ?? null;
}

export async function findPeople(db: Db, ids: number[]): Promise<Person[]> {
	if (ids.length === 0) return [];
	return db
		.select({
			id: users.id,
			displayName: users.displayName,
			status: users.status,
			communityId: users.communityId,
			communityPath: nodes.path
		})
		.from(users)
		.leftJoin(nodes, eq(nodes.id, users.communityId))
		.where(inArray(users.id, ids));
}

/** Names for a list of ids, for showing who did what. */
export async function namesOf(db: Db, ids: number[]): Promise<Map<number, string>> {
	const people = await findPeople(db, [...new Set(ids)]);
	return new Map(people.map((p) => [p.id, p.displayName]));
}
