import './quiet-shim';
import { JSONSerializer } from 'fabric-contract-api';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChaincodeModule } from './chaincode-build';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
/** A throwaway self-signed certificate: the shim's ClientIdentity parses the caller's X.509. */
const CERT = readFileSync(path.join(here, 'fixtures/client-cert.pem'));

interface ShimResponse {
	status: number;
	message?: string;
	payload?: Uint8Array;
}
interface Chaincode {
	Invoke(stub: unknown): Promise<ShimResponse>;
}
type ChaincodeFromContractClass = new (
	contracts: unknown[],
	serializers: unknown,
	metadata: object,
	title: string,
	version: string
) => Chaincode;

/** fabric-shim's own dispatcher: routing, parameter marshalling and serialisation as on a peer. */
const ChaincodeFromContract =
	require('fabric-shim/lib/contract-spi/chaincodefromcontract.js') as ChaincodeFromContractClass;

const DELIMITER = '\u0000';
const MAX_KEY = '\u{10FFFF}';

/**
 * An in-memory ChaincodeStub with Fabric's semantics where they matter: reads see the committed
 * world state only (never the transaction's own writes), writes are staged and kept only when the
 * peer commits, and composite keys use the shim's encoding.
 */
class FakeStub {
	readonly writes = new Map<string, Uint8Array>();
	readonly events: { name: string; payload: string }[] = [];

	constructor(
		private readonly world: ReadonlyMap<string, Uint8Array>,
		private readonly args: string[],
		private readonly txId: string,
		private readonly timeMs: number,
		private readonly mspId: string
	) {}

	getBufferArgs = () => this.args.map((a) => Buffer.from(a, 'utf8'));
	getTxID = () => this.txId;
	getChannelID = () => 'linli';
	getCreator = () => ({ mspid: this.mspId, idBytes: CERT });
	getTxTimestamp = () => ({
		seconds: { toString: () => String(Math.floor(this.timeMs / 1000)) },
		nanos: (this.timeMs % 1000) * 1_000_000
	});
	getState = async (key: string) => this.world.get(key) ?? new Uint8Array();
	putState = async (key: string, value: Uint8Array) => {
		this.writes.set(key, Uint8Array.from(value));
	};
	setEvent = (name: string, payload: Uint8Array) => {
		this.events.push({ name, payload: Buffer.from(payload).toString('utf8') });
	};
	createCompositeKey = (type: string, parts: string[]) =>
		`${DELIMITER}${type}${DELIMITER}${parts.map((p) => `${p}${DELIMITER}`).join('')}`;

	/** Keys with the prefix in key order, from `start` on. */
	private range(prefix: string, start = '') {
		const from = start > prefix ? start : prefix;
		return [...this.world.keys()]
			.filter((k) => k >= from && k < prefix + MAX_KEY)
			.sort()
			.map((key) => ({ namespace: 'linli', key, value: this.world.get(key) as Uint8Array }));
	}

	getStateByPartialCompositeKey = (type: string, parts: string[]) => {
		const rows = this.range(this.createCompositeKey(type, parts));
		return (async function* () {
			yield* rows;
		})();
	};

	getStateByPartialCompositeKeyWithPagination = async (
		type: string,
		parts: string[],
		pageSize: number,
		bookmark = ''
	) => {
		const rows = this.range(this.createCompositeKey(type, parts), bookmark);
		const page = rows.slice(0, pageSize);
		let i = 0;
		return {
			iterator: {
				next: async () => (i < page.length ? { value: page[i++], done: false } : { done: true }),
				close: async () => {}
			},
			metadata: { fetchedRecordsCount: page.length, bookmark: rows[pageSize]?.key ?? '' }
		};
	};
}

export interface Invocation {
	txId: string;
	status: number;
	message: string;
	payload: string;
	events: { name: string; payload: string }[];
}

/** One peer: world state, the chaincode, and submit (commit on success) versus evaluate. */
export class FakePeer {
	readonly world = new Map<string, Uint8Array>();
	readonly events: { name: string; payload: string }[] = [];
	timeMs = Date.UTC(2026, 0, 5, 9, 0, 0);
	/** One block per committed transaction, as with a batch timeout shorter than the load. */
	blockHeight = 0;
	private txCount = 0;
	private readonly chaincode: Chaincode;

	constructor(module: ChaincodeModule) {
		const serializers = {
			transaction: 'jsonSerializer',
			serializers: { jsonSerializer: JSONSerializer }
		};
		this.chaincode = new ChaincodeFromContract(
			[...module.contracts],
			serializers,
			{},
			'linli',
			'1'
		);
	}

	/** Runs a proposal like an endorsing peer; `commit` applies its writes like a committing one. */
	async endorse(mspId: string, fn: string, args: string[]) {
		this.txCount += 1;
		const txId = `tx${String(this.txCount).padStart(6, '0')}`;
		const stub = new FakeStub(this.world, [fn, ...args], txId, this.timeMs, mspId);
		const response = await this.chaincode.Invoke(stub);
		const invocation: Invocation = {
			txId,
			status: response.status,
			message: response.message ?? '',
			payload: response.payload ? Buffer.from(response.payload).toString('utf8') : '',
			events: stub.events
		};
		const commit = () => {
			for (const [k, v] of stub.writes) this.world.set(k, v);
			this.events.push(...stub.events);
			this.blockHeight += 1;
			return this.blockHeight;
		};
		return { invocation, commit };
	}

	private async run(mspId: string, fn: string, args: string[], commit: boolean) {
		const endorsed = await this.endorse(mspId, fn, args);
		if (commit && endorsed.invocation.status === 200) endorsed.commit();
		return endorsed.invocation;
	}

	submit(mspId: string, fn: string, ...args: string[]): Promise<Invocation> {
		return this.run(mspId, fn, args, true);
	}

	evaluate(mspId: string, fn: string, ...args: string[]): Promise<Invocation> {
		return this.run(mspId, fn, args, false);
	}
}
