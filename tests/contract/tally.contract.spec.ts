import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseChaincodeFailure } from '../../chain/chaincode/errors';
import type { LedgerTally, TallySubmission } from '../../chain/chaincode/tally';
import { sampleTallyBody } from '../../chain/core/journal/v1-fixture';
import { checkCouncilTally, type CouncilTallyBody } from '../../chain/core/records';
import { loadBuiltChaincode, type ChaincodeModule } from './chaincode-build';
import { FakePeer, type Invocation } from './fake-peer';
import { AUDITOR, CREATED_AT, PLATFORM, STRANGER } from './records';

let module: ChaincodeModule;
let peer: FakePeer;

beforeAll(async () => {
	module = await loadBuiltChaincode();
}, 120_000);

beforeEach(() => {
	peer = new FakePeer(module);
});

const tally = (over: Partial<TallySubmission> = {}): TallySubmission => ({
	id: 'rec-1',
	kind: 'council.tally',
	body: sampleTallyBody,
	createdAt: CREATED_AT,
	...over
});

const submit = (t: unknown) => peer.submit(PLATFORM, 'RecordCouncilTally', JSON.stringify(t));

function rejection(r: Invocation) {
	expect(r.status).toBe(500);
	const failure = parseChaincodeFailure(r.message);
	if (failure?.kind !== 'rejected') throw new Error(`not a rejection: ${r.message}`);
	return failure.rejection;
}

describe('RecordCouncilTally', () => {
	it('should record a tally, emit one event and return it by id', async () => {
		const r = await submit(tally());
		expect(r.status, r.message).toBe(200);
		expect(JSON.parse(r.payload)).toEqual({
			recordId: 'rec-1',
			voteId: 3,
			status: 'recorded',
			txId: 'tx000001'
		});
		expect(peer.events.map((e) => e.name)).toEqual(['CouncilTallyRecorded']);
		const stored = await peer.evaluate(AUDITOR, 'GetRecord', 'rec-1');
		expect(JSON.parse(stored.payload) as LedgerTally).toEqual({
			...tally(),
			txId: 'tx000001',
			recordedAt: peer.timeMs
		});
	});

	it('should skip the same tally sent again, so a retry records nothing twice', async () => {
		expect((await submit(tally())).status).toBe(200);
		const again = await submit(tally());
		expect(JSON.parse(again.payload)).toMatchObject({ status: 'skipped', recordId: 'rec-1' });
		expect(peer.events).toHaveLength(1);
	});

	it('should refuse a second, different result for a vote that has one', async () => {
		expect((await submit(tally())).status).toBe(200);
		const other = { ...sampleTallyBody, answers: { yes: 2, no: 7, abstain: 1 } };
		const replaced = await submit(
			tally({
				id: 'rec-2',
				body: {
					...other,
					options: [{ proposal_id: 41, cost: 1000, votes: 2, selected: false }],
					winners: []
				}
			})
		);
		expect(rejection(replaced)).toEqual({
			code: 'tally_conflict',
			index: null,
			transferId: 'rec-2'
		});
		const edited = await submit(tally({ createdAt: CREATED_AT + 1 }));
		expect(rejection(edited).code).toBe('idempotency_key_conflict');
		const stored = await peer.evaluate(AUDITOR, 'GetRecord', 'rec-2');
		expect(stored.status).toBe(500);
	});

	it.each<[string, unknown, string]>([
		['not JSON', '{', 'malformed_batch'],
		['an id with a delimiter', { ...tally(), id: 'a\u0000b' }, 'malformed_batch'],
		['an unknown kind', { ...tally(), kind: 'council.other' }, 'unknown_record_kind'],
		[
			'a time after the transaction',
			tally({ createdAt: CREATED_AT + 3_600_000 }),
			'created_in_future'
		]
	])('should refuse %s', async (_name, value, code) => {
		const r = await peer.submit(
			PLATFORM,
			'RecordCouncilTally',
			typeof value === 'string' ? value : JSON.stringify(value)
		);
		expect(rejection(r).code).toBe(code);
		expect(peer.world.size).toBe(0);
	});

	it('should let only the platform write and readers read', async () => {
		const denied = await peer.submit(STRANGER, 'RecordCouncilTally', JSON.stringify(tally()));
		expect(parseChaincodeFailure(denied.message)?.kind).toBe('denied');
		expect(peer.world.size).toBe(0);
		expect((await peer.evaluate(AUDITOR, 'GetRecord', 'rec-404')).message).toContain(
			'LINLI_NOT_FOUND'
		);
	});
});

/** Bodies the web app might send, right and wrong: the peer must judge each as the core does. */
const bodies: [string, CouncilTallyBody][] = [
	['a passed yes/no vote', sampleTallyBody],
	['answers off by one', { ...sampleTallyBody, answers: { yes: 7, no: 2, abstain: 2 } }],
	['a winner without quorum', { ...sampleTallyBody, quorum_percent: 100, quorum_met: false }],
	['a claimed quorum', { ...sampleTallyBody, quorum_percent: 100 }],
	[
		'a budget vote over its spending',
		{
			...sampleTallyBody,
			method: 'budget',
			answers: null,
			options: [
				{ proposal_id: 41, cost: 1000, votes: 6, selected: true },
				{ proposal_id: 42, cost: 500, votes: 4, selected: true }
			],
			winners: [41, 42],
			spent: 900
		}
	],
	['a float turnout', { ...sampleTallyBody, turnout: 10.5 }]
];

describe('chaincode and core agree on every tally', () => {
	it.each(bodies)('should judge %s as the core does', async (_name, body) => {
		const core = checkCouncilTally(body);
		const r = await submit(tally({ body }));
		if (core.ok) expect(r.status, r.message).toBe(200);
		else expect(rejection(r).code).toBe(core.error);
	});
});
