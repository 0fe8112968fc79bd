import {
	createPrivateKey,
	createPublicKey,
	generateKeyPairSync,
	hash,
	sign,
	type KeyObject
} from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keyIdOf, type Sha256 } from '$core/journal';

/** The Ed25519 key that signs block headers. The private half never leaves this process. */
export interface SigningKey {
	keyId: string;
	/** Raw 32-byte public key, hex. */
	publicKey: string;
	sign(message: Uint8Array): string;
}

/**
 * Node's native SHA-256: same output as the core's pure-JS one, several times faster. The one-shot
 * crypto.hash (Node 20.12+) skips building a Hash object, a quarter of the cost at entry size.
 */
export const nativeSha256: Sha256 = (data) => hash('sha256', data, 'buffer');

// DER prefix of a PKCS#8 Ed25519 private key; followed by the 32-byte seed (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

export function signingKeyFrom(privateKey: KeyObject): SigningKey {
	const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
	const publicKey = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
	return {
		keyId: keyIdOf(publicKey),
		publicKey,
		sign: (message) => sign(null, message, privateKey).toString('hex')
	};
}

/**
 * LEDGER_SIGNING_KEY holds base64 of either a PKCS#8 DER Ed25519 private key (what
 * `openssl genpkey -algorithm ed25519 -outform DER | base64` prints) or the raw 32-byte seed.
 */
export function parseSigningKey(base64: string): SigningKey {
	const der = Buffer.from(base64.trim(), 'base64');
	const pkcs8 = der.length === 32 ? Buffer.concat([PKCS8_PREFIX, der]) : der;
	const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
	if (key.asymmetricKeyType !== 'ed25519') throw new Error('LEDGER_SIGNING_KEY is not Ed25519');
	return signingKeyFrom(key);
}

/**
 * Reads the key from `file` (PEM), creating it on first start with owner-only permissions. The
 * exclusive create means two instances starting at once end up sharing the first one's key.
 */
export function loadOrCreateKeyFile(file: string): SigningKey {
	try {
		return signingKeyFrom(createPrivateKey(readFileSync(file, 'utf8')));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	mkdirSync(path.dirname(file), { recursive: true });
	const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' });
	try {
		writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	}
	return signingKeyFrom(createPrivateKey(readFileSync(file, 'utf8')));
}

let cached: SigningKey | undefined;

/** This process's signing key: LEDGER_SIGNING_KEY, else $LINLI_DATA_DIR/ledger-signing-key. */
export function signingKey(env: Record<string, string | undefined> = process.env): SigningKey {
	if (!cached) {
		const configured = env.LEDGER_SIGNING_KEY;
		const file = path.resolve(env.LINLI_DATA_DIR ?? '.data', 'ledger-signing-key');
		cached = configured ? parseSigningKey(configured) : loadOrCreateKeyFile(file);
	}
	return cached;
}
