import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../../../../db/client';
import { database, ledger } from '../context';
import { PostingService } from '../ledger/posting.service';

/** What every time-bank service needs; tests build their own with a fake clock. */
export interface TimebankDeps {
	db: Db;
	posting: PostingService;
	now: () => Date;
	/** Signs the rotating attendance codes. */
	qrSecret: Uint8Array;
}

/**
 * The code-signing secret: LINLI_QR_SECRET (hex or text), else a random one generated once under
 * the data directory, like the other secrets, so codes stay valid across restarts.
 */
export function qrSecret(env: Record<string, string | undefined> = process.env): Uint8Array {
	const configured = env.LINLI_QR_SECRET;
	if (configured) return new TextEncoder().encode(configured);
	const dir = path.resolve(env.LINLI_DATA_DIR ?? '.data');
	const file = path.join(dir, 'qr-secret');
	try {
		mkdirSync(dir, { recursive: true });
		writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

let deps: TimebankDeps | undefined;

/** The process-wide dependencies, built on first use from the composition root. */
export function timebank(): TimebankDeps {
	if (!deps) {
		const { db } = database();
		deps = { db, posting: ledger(), now: () => new Date(), qrSecret: qrSecret() };
	}
	return deps;
}
