import path from 'node:path';
import { DATA_DIR, resolveDatabase, type ResolvedDatabase } from '../../db/connect';
import { runMigrations } from '../../db/migrate';
import { seedIfEmpty } from '../../seed/index';
import { isFabricConfigured } from '../../chain/gateway/config';
import { signingKey } from '../src/lib/server/journal/signing-key';
import { encryptPlaintextPersonalFields } from '../src/lib/server/privacy/encrypt-at-rest';
import { DEMO_TOTP_SECRET } from '../src/lib/server/totp/demo';

export interface Booted {
	database: ResolvedDatabase;
	/** The journal's signing key id: made on the first start, or read from LEDGER_SIGNING_KEY. */
	ledgerKeyId: string;
	demo: { password: string; accounts: { role: string; login: string }[] } | null;
}

/**
 * Everything `npm start` and `npm run dev` share before serving: pick the database (embedded when
 * DATABASE_URL is unset), migrate it, and load the demo data the first time.
 */
export async function boot(): Promise<Booted> {
	const database = await resolveDatabase({ quiet: process.env.LINLI_PG_LOG !== '1' });
	process.env.DATABASE_URL = database.url;
	await runMigrations(database.url);
	await switchFabricOutbox(database.url);
	const demo = process.env.LINLI_SEED === '0' ? null : await seedIfEmpty(database.url);
	await encryptAtRest(database.url, (demo?.accounts.length ?? 0) > 0); // after seeding
	// Made (or a bad LEDGER_SIGNING_KEY refused) now, not when the first block is sealed.
	const ledgerKeyId = signingKey().keyId;
	return { database, demo, ledgerKeyId };
}

export function printBanner(url: string, booted: Booted): void {
	const lines = [`\n  邻里 Linli is running at ${url}\n`];
	lines.push(
		booted.database.embedded
			? `  Database: embedded PostgreSQL (${path.relative(process.cwd(), DATA_DIR) || '.'}/postgres)`
			: '  Database: DATABASE_URL'
	);
	lines.push(`  Ledger journal signing key: ${booted.ledgerKeyId}`);
	if (booted.demo) {
		lines.push(`\n  Demo accounts (password: ${booted.demo.password}):`);
		for (const a of booted.demo.accounts) lines.push(`    ${a.role.padEnd(10)} ${a.login}`);
		lines.push(`  Staff two-factor key (add to an authenticator app): ${DEMO_TOTP_SECRET}`);
	}
	console.log(lines.join('\n') + '\n');
}

/** Runs `stop` once on Ctrl-C or SIGTERM, then exits. */
let stopping = false;

/**
 * True once Ctrl-C or SIGTERM arrived. A terminal's Ctrl-C reaches the embedded PostgreSQL too (it
 * shares the process group), so connections drop while the job runner stops: expected, not news.
 */
export function isShuttingDown(): boolean {
	return stopping;
}

export function onShutdown(stop: () => Promise<void>, options: { quiet?: boolean } = {}): void {
	const handler = (signal: string) => {
		if (stopping) return;
		stopping = true;
		// A forked HTTP process stops quietly: the first process speaks for the app.
		if (!options.quiet) console.log(`\n  ${signal}: stopping…`);
		stop().then(
			() => process.exit(0),
			(error: unknown) => {
				console.error(error);
				process.exit(1);
			}
		);
	};
	process.on('SIGINT', () => handler('SIGINT'));
	process.on('SIGTERM', () => handler('SIGTERM'));
}

/**
 * Queues transfers for Fabric only when this app anchors them (FABRIC_* set). Every instance must
 * agree; should one without the settings turn the outbox off, the anchoring job turns it back on
 * and queues what was missed.
 */
async function switchFabricOutbox(url: string): Promise<void> {
	const { createDb } = await import('../../db/client');
	const { setFabricOutbox } = await import('../src/lib/server/fabric/outbox-switch');
	const handle = createDb(url, { max: 1 });
	try {
		const outbox = await setFabricOutbox(handle.sql, isFabricConfigured(process.env));
		if (outbox.changed) {
			console.log(
				outbox.enabled
					? `  Fabric outbox on: ${outbox.backfilled} transfers made while it was off queued`
					: '  Fabric outbox off (no FABRIC_* settings): transfers are not queued for Fabric'
			);
		}
	} finally {
		await handle.close();
	}
}

/**
 * Encrypts phone numbers still in plaintext (the seed writes them so) and enrols the demo staff
 * in two-factor with the published demo key (web/src/lib/server/totp/demo.ts).
 */
async function encryptAtRest(url: string, demo: boolean): Promise<void> {
	const { createDb } = await import('../../db/client');
	const { enrolDemoStaff } = await import('../src/lib/server/totp/demo-enrolment');
	const handle = createDb(url, { max: 1 });
	try {
		await encryptPlaintextPersonalFields(handle.sql);
		if (demo) await enrolDemoStaff(handle.sql);
	} finally {
		await handle.close();
	}
}
