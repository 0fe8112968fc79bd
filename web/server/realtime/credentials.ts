import { randomBytes, randomInt } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface AppCredentials {
	appId: string;
	key: string;
	secret: string;
}

function isCredentials(value: unknown): value is AppCredentials {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return [v.appId, v.key, v.secret].every((s) => typeof s === 'string' && s.length > 0);
}

/**
 * The embedded server's app id/key/secret, generated once and kept in `<dataDir>/realtime.json`
 * so a restart keeps them (open browser tabs reconnect with the key they already have).
 */
export async function loadOrCreateCredentials(dataDir: string): Promise<AppCredentials> {
	const file = path.join(dataDir, 'realtime.json');
	try {
		const stored: unknown = JSON.parse(await readFile(file, 'utf8'));
		if (isCredentials(stored)) return stored;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const credentials: AppCredentials = {
		appId: String(randomInt(100_000, 1_000_000)),
		key: randomBytes(10).toString('hex'),
		secret: randomBytes(32).toString('hex')
	};
	await mkdir(dataDir, { recursive: true });
	await writeFile(file, JSON.stringify(credentials, null, '\t') + '\n', { mode: 0o600 });
	return credentials;
}
