import * as grpc from '@grpc/grpc-js';
import { connect, hash, signers, type Contract, type Gateway } from '@hyperledger/fabric-gateway';
import { createPrivateKey } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FabricSettings } from './config';

export interface FabricConnection {
	contract: Contract;
	gateway: Gateway;
	close(): void;
}

/** Per-call deadlines: endorsement runs the batch on every peer; commit waits for a block. */
export const DEADLINES_MS = { evaluate: 10_000, endorse: 30_000, submit: 10_000, commit: 60_000 };

/** A setting holds either the PEM itself or a path to it; a folder holds exactly one key file. */
async function pem(value: string): Promise<Buffer> {
	if (value.trimStart().startsWith('-----BEGIN')) return Buffer.from(value);
	const info = await stat(value);
	if (!info.isDirectory()) return readFile(value);
	const files = (await readdir(value)).filter((f) => !f.startsWith('.'));
	if (files.length !== 1) throw new Error(`${value} should hold exactly one key file`);
	return readFile(path.join(value, files[0] as string));
}

const deadline = (ms: number) => () => ({ deadline: Date.now() + ms });

/**
 * Opens a gRPC connection to the gateway peer over TLS and returns the ledger contract. TLS
 * checks the peer's certificate against its host name (FABRIC_PEER_HOST_ALIAS), which matters
 * when the endpoint is an IP address or a port forwarded to localhost.
 */
export async function connectFabric(settings: FabricSettings): Promise<FabricConnection> {
	const [tlsRoot, cert, key] = await Promise.all([
		pem(settings.tlsCert),
		pem(settings.cert),
		pem(settings.key)
	]);
	const client = new grpc.Client(settings.peerEndpoint, grpc.credentials.createSsl(tlsRoot), {
		'grpc.ssl_target_name_override': settings.peerHostAlias
	});
	const gateway = connect({
		client,
		identity: { mspId: settings.mspId, credentials: cert },
		signer: signers.newPrivateKeySigner(createPrivateKey(key)),
		hash: hash.sha256,
		evaluateOptions: deadline(DEADLINES_MS.evaluate),
		endorseOptions: deadline(DEADLINES_MS.endorse),
		submitOptions: deadline(DEADLINES_MS.submit),
		commitStatusOptions: deadline(DEADLINES_MS.commit)
	});
	const contract = gateway.getNetwork(settings.channel).getContract(settings.chaincode);
	return {
		contract,
		gateway,
		close: () => {
			gateway.close();
			client.close();
		}
	};
}
