import type { ProposalOptions, SubmittedTransaction } from '@hyperledger/fabric-gateway';
import type { ContractPort } from '../../chain/gateway/chain-ledger';
import type { FakePeer } from './fake-peer';
import { PLATFORM } from './records';

/**
 * Failures seen on a real network, in the shape the gateway throws them:
 * - unreachable: the peer is down (gRPC UNAVAILABLE before endorsement).
 * - discovery: the peer restarted and discovery has not converged yet.
 * - orderer: endorsed, but the orderer is not accepting transactions yet.
 * - mvcc: ordered, then invalidated by a conflicting transaction (nothing written).
 * - lost_reply: committed, but the commit status never reached the client.
 */
export type ScriptedFailure = 'unreachable' | 'discovery' | 'orderer' | 'mvcc' | 'lost_reply';

function gatewayError(name: string, code: number, message: string, details: string[] = []) {
	return Object.assign(new Error(message), {
		name,
		code,
		details: details.map((m) => ({
			address: 'peer0.committee.linli.test:7051',
			mspId: PLATFORM,
			message: m
		}))
	});
}

const encoder = new TextEncoder();

/** A Contract over a FakePeer, with failures injected in the order they are scripted. */
export class FakeContract implements ContractPort {
	/** Every batch id sent to RecordTransfers, one per attempt, with its transfer ids. */
	readonly submissions: { batchId: string; transferIds: string[] }[] = [];
	private readonly script: ScriptedFailure[] = [];

	constructor(
		readonly peer: FakePeer,
		readonly mspId = PLATFORM
	) {}

	failNext(...failures: ScriptedFailure[]): void {
		this.script.push(...failures);
	}

	async evaluateTransaction(name: string, ...args: (string | Uint8Array)[]): Promise<Uint8Array> {
		const text = args.map((a) => (typeof a === 'string' ? a : Buffer.from(a).toString()));
		const r = await this.peer.evaluate(this.mspId, name, ...text);
		if (r.status !== 200) {
			throw gatewayError('GatewayError', 2, '2 UNKNOWN: evaluate call to endorser returned error', [
				`chaincode response 500, ${r.message}`
			]);
		}
		return encoder.encode(r.payload);
	}

	async submitAsync(name: string, options: ProposalOptions = {}): Promise<SubmittedTransaction> {
		const args = (options.arguments ?? []).map((a) =>
			typeof a === 'string' ? a : Buffer.from(a).toString()
		);
		const body = JSON.parse(args[0] ?? '{}') as { batchId?: string; transfers?: { id: string }[] };
		this.submissions.push({
			batchId: body.batchId ?? '',
			transferIds: (body.transfers ?? []).map((t) => t.id)
		});
		const failure = this.script.shift();
		if (failure === 'unreachable') {
			throw gatewayError('EndorseError', 14, '14 UNAVAILABLE: No connection established');
		}
		if (failure === 'discovery') {
			throw gatewayError(
				'EndorseError',
				14,
				'14 UNAVAILABLE: no combination of peers can be derived which satisfy the endorsement policy: required chaincodes are not installed on sufficient peers'
			);
		}
		const { invocation, commit } = await this.peer.endorse(this.mspId, name, args);
		if (invocation.status !== 200) {
			throw gatewayError(
				'EndorseError',
				10,
				'10 ABORTED: failed to endorse transaction, see attached details for more info',
				[`chaincode response 500, ${invocation.message}`]
			);
		}
		if (failure === 'orderer') {
			throw gatewayError(
				'SubmitError',
				14,
				'14 UNAVAILABLE: failed to send transaction to orderer: SERVICE_UNAVAILABLE no Raft leader'
			);
		}
		const valid = failure !== 'mvcc';
		const blockNumber = valid ? commit() : this.peer.blockHeight + 1;
		const submitted = {
			getResult: () => encoder.encode(invocation.payload),
			getTransactionId: () => invocation.txId,
			getStatus: async () => {
				if (failure === 'lost_reply') {
					throw gatewayError('CommitStatusError', 4, '4 DEADLINE_EXCEEDED: Deadline exceeded');
				}
				return {
					blockNumber: BigInt(blockNumber),
					code: valid ? 0 : 11,
					successful: valid,
					transactionId: invocation.txId
				};
			}
		};
		return submitted as unknown as SubmittedTransaction;
	}
}
