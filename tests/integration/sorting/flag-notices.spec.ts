import { beforeAll, describe, expect, it } from 'vitest';
import { sortingFlags } from '../../../db/schema';
import { announceFlags } from '../../../web/src/lib/server/sorting/flag-notices';
import { createTestDatabase } from '../../helpers/db';
import { person, places, point, type Person } from './fixtures';

const db = await createTestDatabase();

let place: Awaited<ReturnType<typeof places>>;
let committee: Person;
let inspector: Person;
let pointId: number;
let minute = 0;

/** A burst flag as the recorder writes it, made `agoMs` before the real now. */
async function flag(
	agoMs: number,
	options: { resolved?: boolean; communityId?: number; kind?: 'burst' | 'late' } = {}
) {
	minute += 1;
	const createdAt = new Date(Date.now() - agoMs);
	await db.db.insert(sortingFlags).values({
		communityId: options.communityId ?? place.home.id,
		inspectorId: inspector.id,
		pointId,
		kind: options.kind ?? 'burst',
		minute: new Date(Date.UTC(2026, 4, 4, 1, minute)),
		createdAt,
		resolvedAt: options.resolved ? createdAt : null
	});
}

async function burstNotes(userId: number) {
	return db.sql<{ params: Record<string, string>; link: string }[]>`
		select params, link from notifications where user_id = ${userId} and type = 'sorting.burst'`;
}

beforeAll(async () => {
	place = await places(db);
	committee = await person(db, place.home, { roles: ['committee'] });
	inspector = await person(db, place.home, { roles: ['inspector'] });
	pointId = (await point(db, place.home.id, [inspector.id])).id;
});

describe('telling the committee of bursts', () => {
	it('should announce each open, recent flag once', async () => {
		await flag(60_000);
		await flag(60_000, { resolved: true });
		await flag(3 * 86_400_000);
		expect(await announceFlags(db.sql, new Date())).toBe(1);
		expect(await burstNotes(committee.id)).toEqual([
			{
				params: { inspector: inspector.displayName, point: `投放点${inspector.id}` },
				link: `/committee/sorting?community=${place.home.id}`
			}
		]);
		expect(await announceFlags(db.sql, new Date())).toBe(0);
		expect(await burstNotes(committee.id)).toHaveLength(1);
	});

	it('should wait for a flag to settle, then announce it on a later run', async () => {
		await flag(0);
		expect(await announceFlags(db.sql, new Date())).toBe(0);
		await db.sql`update sorting_flags set created_at = now() - interval '1 minute'
			where id = (select max(id) from sorting_flags)`;
		expect(await announceFlags(db.sql, new Date())).toBe(1);
		expect(await burstNotes(committee.id)).toHaveLength(2);
	});

	it('should announce each flag once when two runs race', async () => {
		await flag(60_000);
		const runs = await Promise.all([
			announceFlags(db.sql, new Date()),
			announceFlags(db.sql, new Date())
		]);
		expect(runs.sort()).toEqual([0, 1]);
		expect(await burstNotes(committee.id)).toHaveLength(3);
	});

	it('should tell only the committee of the flag’s own community', async () => {
		const elsewhere = await person(db, place.other, { roles: ['committee'] });
		await flag(60_000, { communityId: place.other.id });
		expect(await announceFlags(db.sql, new Date())).toBe(1);
		expect(await burstNotes(elsewhere.id)).toHaveLength(1);
		expect(await burstNotes(committee.id)).toHaveLength(3);
	});
});

describe('telling the committee of late syncs', () => {
	it('should announce a late flag with its own message', async () => {
		await flag(60_000, { kind: 'late' });
		expect(await announceFlags(db.sql, new Date())).toBe(1);
		const notes = await db.sql<{ params: Record<string, string> }[]>`
			select params from notifications where user_id = ${committee.id} and type = 'sorting.late'`;
		expect(notes).toEqual([
			{ params: { inspector: inspector.displayName, point: `投放点${inspector.id}` } }
		]);
	});
});
