import { hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The two keys derived from the one data secret: one encrypts, one makes lookup hashes. */
export interface DataKeys {
	encryption: Buffer;
	lookup: Buffer;
}

let cached: DataKeys | undefined;

/**
 * DATA_ENCRYPTION_KEY is base64 (or 64 hex digits) of 32 random bytes. Without it, a key is
 * generated once into the data directory (`.data/data-encryption-key`, owner-only), like the
 * ledger signing key, so a fresh checkout works and a restart reads the same key back. Losing
 * that file makes every encrypted field unreadable, so production sets the variable.
 */
export function dataKeys(env: NodeJS.ProcessEnv = process.env): DataKeys {
	if (cached) return cached;
	cached = deriveKeys(readSecret(env));
	return cached;
}

/** For tests that need a second, different key. */
export function deriveKeys(secret: Buffer): DataKeys {
	if (secret.length < 32) throw new Error('DATA_ENCRYPTION_KEY must hold at least 32 bytes');
	const derive = (info: string) =>
		Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `linli ${info}`, 32));
	return { encryption: derive('field encryption v1'), lookup: derive('lookup hash v1') };
}

function readSecret(env: NodeJS.ProcessEnv): Buffer {
	const configured = env.DATA_ENCRYPTION_KEY?.trim();
	if (configured) {
		return /^[0-9a-f]{64}$/i.test(configured)
			? Buffer.from(configured, 'hex')
			: Buffer.from(configured, 'base64');
	}
	const file = path.resolve(env.LINLI_DATA_DIR ?? '.data', 'data-encryption-key');
	try {
		return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	} catch {
		mkdirSync(path.dirname(file), { recursive: true });
		const secret = randomBytes(32);
		// `wx` fails if another process created the file first; then read theirs.
		try {
			writeFileSync(file, secret.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
			return secret;
		} catch {
			return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
		}
	}
}
