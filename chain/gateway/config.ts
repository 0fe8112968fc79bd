/** The settings that switch Fabric anchoring on; all of them, or none. */
export const FABRIC_ENV = [
	'FABRIC_PEER_ENDPOINT',
	'FABRIC_PEER_HOST_ALIAS',
	'FABRIC_TLS_CERT',
	'FABRIC_MSP_ID',
	'FABRIC_CERT',
	'FABRIC_KEY',
	'FABRIC_CHANNEL',
	'FABRIC_CHAINCODE'
] as const;

export interface FabricSettings {
	/** host:port of the gateway peer, e.g. localhost:7051. */
	peerEndpoint: string;
	/** The peer's TLS host name (its certificate's name), not an IP address. */
	peerHostAlias: string;
	/** Path to the peer's TLS CA certificate (PEM), or the PEM itself. */
	tlsCert: string;
	mspId: string;
	/** Path to the client's X.509 certificate (PEM), or the PEM itself. */
	cert: string;
	/** Path to the client's private key (PEM), to a keystore folder holding one, or the PEM. */
	key: string;
	channel: string;
	chaincode: string;
	/** Transfers per Fabric transaction (FABRIC_BATCH_SIZE, 1…500, default 100). */
	batchSize: number;
}

export type Env = Record<string, string | undefined>;

const DEFAULT_BATCH_SIZE = 100;
const MAX_BATCH_SIZE = 500;

function batchSizeOf(value: string | undefined): number {
	if (value === undefined || value === '') return DEFAULT_BATCH_SIZE;
	const n = Number(value);
	if (!Number.isSafeInteger(n) || n < 1 || n > MAX_BATCH_SIZE) {
		throw new Error(`FABRIC_BATCH_SIZE must be a whole number from 1 to ${MAX_BATCH_SIZE}`);
	}
	return n;
}

/**
 * Reads the Fabric settings. Returns null when none of them is set (Fabric is off and the app
 * runs on its database and journal alone); throws when only some are set, since a half-configured
 * ledger would silently never anchor.
 */
export function fabricSettingsFromEnv(env: Env): FabricSettings | null {
	const present = FABRIC_ENV.filter((name) => (env[name] ?? '') !== '');
	if (present.length === 0) return null;
	const missing = FABRIC_ENV.filter((name) => !present.includes(name));
	if (missing.length > 0) {
		throw new Error(`Fabric is partly configured: set ${missing.join(', ')} too, or none of them`);
	}
	const get = (name: (typeof FABRIC_ENV)[number]) => env[name] as string;
	return {
		peerEndpoint: get('FABRIC_PEER_ENDPOINT'),
		peerHostAlias: get('FABRIC_PEER_HOST_ALIAS'),
		tlsCert: get('FABRIC_TLS_CERT'),
		mspId: get('FABRIC_MSP_ID'),
		cert: get('FABRIC_CERT'),
		key: get('FABRIC_KEY'),
		channel: get('FABRIC_CHANNEL'),
		chaincode: get('FABRIC_CHAINCODE'),
		batchSize: batchSizeOf(env.FABRIC_BATCH_SIZE)
	};
}

/** Whether anchoring and reconciliation should run; never throws. */
export function isFabricConfigured(env: Env): boolean {
	return FABRIC_ENV.some((name) => (env[name] ?? '') !== '');
}
