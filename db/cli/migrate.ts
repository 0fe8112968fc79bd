import { resolveDatabase } from '../connect';
import { runMigrations } from '../migrate';

/** `npm run db:migrate`: brings the configured (or embedded) database to the current schema. */
const database = await resolveDatabase({ quiet: true });
try {
	await runMigrations(database.url);
	console.log('Migrations applied.');
} finally {
	await database.stop();
}
