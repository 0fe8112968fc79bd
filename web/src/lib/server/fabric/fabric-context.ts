import { ChainLedger } from '../../../../../chain/gateway/chain-ledger';
import { fabricSettingsFromEnv, type FabricSettings } from '../../../../../chain/gateway/config';
import { connectFabric, type FabricConnection } from '../../../../../chain/gateway/connect';

let connection: Promise<FabricConnection> | undefined;

/** The Fabric settings of this process, or null when FABRIC_* are not set (Fabric is off). */
export function fabricSettings(): FabricSettings | null {
	return fabricSettingsFromEnv(process.env);
}

/**
 * The one ledger client of this process, connected on first use. gRPC reconnects by itself
 * after a peer restart, so the connection is kept for the life of the process.
 */
export async function fabricLedger(settings: FabricSettings): Promise<ChainLedger> {
	connection ??= connectFabric(settings).catch((error: unknown) => {
		connection = undefined;
		throw error;
	});
	const { contract } = await connection;
	return new ChainLedger(contract, {
		onRetry: (e) =>
			console.warn(`[fabric] retry ${e.attempt} in ${e.delayMs} ms (${e.reason}): ${e.message}`)
	});
}

/** Closes the connection, for CLIs that must exit. */
export async function closeFabric(): Promise<void> {
	const open = connection;
	connection = undefined;
	if (open) (await open).close();
}
