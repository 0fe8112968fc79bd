import postgres from 'postgres';
import { pathToFileURL } from 'node:url';
import { hashPassword } from '../web/src/lib/server/auth/password';
import { DEMO_ADMIN, DEMO_LOGINS, DEMO_PASSWORD } from './accounts';
import { demoPeople, generatedResidents, insertPeople } from './people';
import { insertPlaces } from './places';
import { seededRandom } from './random';
import { seedRedemption, seedRedemptionPoints } from './redemption';
import { seedCouncil } from './council';
import { seedTimebank } from './timebank';
import { seedSorting } from './sorting';
import { grantStaffRoles, insertOrganisations, insertPartners } from './staff';
import { ADVISORY_LOCKS } from '../db/locks';

export { DEMO_PASSWORD } from './accounts';

export interface DemoInfo {
	password: string;
	accounts: { role: string; login: string }[];
}

/** Fixed so that every run builds the same people; change it and every demo name changes. */
const SEED = 20260104;
/** Serialises concurrent first starts of several app instances on one database. */
const SEED_LOCK = ADVISORY_LOCKS.seed;

/**
 * Loads the demo data once, in order (places → people → roles → organisations → partners), all
 * in one transaction so a crash never leaves half a demo. The marker is the hierarchy itself: a
 * database that already has places, demo or real, is left alone.
 */
export async function seedIfEmpty(url: string): Promise<DemoInfo> {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		const [state] = await sql<{ seeded: boolean }[]>`select exists(select 1 from nodes) as seeded`;
		if (!state?.seeded) {
			// Hashed once (≈50 ms with argon2id) and shared by every demo account.
			const passwordHash = await hashPassword(DEMO_PASSWORD);
			await sql.begin(async (tx) => {
				await tx`select pg_advisory_xact_lock(${SEED_LOCK})`;
				const [again] = await tx<
					{ seeded: boolean }[]
				>`select exists(select 1 from nodes) as seeded`;
				if (!again?.seeded) await seedAll(tx, passwordHash);
			});
		}
		await seedTimebank(sql);
		await seedSorting(sql);
		await seedRedemptionPoints(sql);
		const [admin] = await sql`select 1 from users where email = ${DEMO_ADMIN.email}`;
		return { password: DEMO_PASSWORD, accounts: admin ? DEMO_LOGINS.map((a) => ({ ...a })) : [] };
	} finally {
		await sql.end({ timeout: 5 });
	}
}

async function seedAll(tx: postgres.TransactionSql, passwordHash: string): Promise<void> {
	const rnd = seededRandom(SEED);
	const places = await insertPlaces(tx);
	const communities = [...places.values()].filter((p) => p.level === 'community');
	const fixed = demoPeople(rnd, places);
	const residents = [...fixed, ...generatedResidents(rnd, communities, fixed)];
	const people = await insertPeople(tx, residents, passwordHash);
	await grantStaffRoles(tx, places, people);
	await insertOrganisations(
		tx,
		places,
		people,
		residents.filter((r) => r.community_id !== null)
	);
	await insertPartners(tx, places, people);
	await seedCouncil(tx);
	await seedRedemption(tx);
}

/** `npm run seed`: migrate the configured (or embedded) database and load the demo data. */
async function main(): Promise<void> {
	const { resolveDatabase } = await import('../db/connect');
	const { runMigrations } = await import('../db/migrate');
	const database = await resolveDatabase({ quiet: true });
	try {
		await runMigrations(database.url);
		const info = await seedIfEmpty(database.url);
		console.log(`Demo accounts (password: ${info.password}):`);
		for (const a of info.accounts) console.log(`  ${a.role.padEnd(10)} ${a.login}`);
	} finally {
		await database.stop();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((error: unknown) => {
		console.error(error);
		process.exit(1);
	});
}
