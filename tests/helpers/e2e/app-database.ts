import { readFileSync } from 'node:fs';
import postgres from 'postgres';

/**
 * A connection to the database of the app under test: the embedded server started by
 * `npm start` in `.data/e2e-<port>` (playwright.config.ts). Its port is the fourth line of
 * postmaster.pid; the credentials are those of db/embedded.ts and the database is `linli`.
 * Journeys use it only to skip waiting (e.g. end a slot now), never to check what a page shows.
 */
export function appDatabase(max = 1): postgres.Sql {
	const pid = readFileSync(
		`.data/e2e-${process.env.LINLI_E2E_PORT}/postgres/postmaster.pid`,
		'utf8'
	);
	const port = Number(pid.split('\n')[3]);
	return postgres(`postgres://linli:linli-embedded@127.0.0.1:${port}/linli`, {
		max,
		onnotice: () => {}
	});
}
