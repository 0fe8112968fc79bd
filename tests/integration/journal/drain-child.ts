import postgres from 'postgres';
import { drainOnce } from '../../../web/src/lib/server/journal/drain';
import { testKey } from './fixtures';

/*
 * One drain step in its own process, so crash.spec.ts can SIGKILL it mid-transaction the way a
 * power cut or an OOM kill would end an app instance.
 */
const sql = postgres(process.env.DATABASE_URL ?? '', {
	max: 1,
	onnotice: () => {},
	connection: { application_name: 'journal-crash-victim' }
});
await drainOnce(sql, { batchSize: 300, blockSize: 200, sealAfterMs: 60_000, key: testKey });
await sql.end();
