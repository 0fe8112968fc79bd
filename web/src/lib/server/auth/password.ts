import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id (the library default) at the OWASP minimum: 19 MiB, 2 passes, 1 lane. The parameters
 * are stored in each hash, so raising them later keeps old hashes verifiable.
 */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed stored hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real check when the account does not exist, so response timing
 * does not tell an attacker which phone numbers are registered.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
	dummyHash ??= hashPassword('linli-dummy-password-for-timing');
	await verifyPassword(await dummyHash, password);
	return false;
}
