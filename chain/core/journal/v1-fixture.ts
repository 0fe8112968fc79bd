import type { CouncilTallyBody } from '../records';
import type { JournalTransfer } from './canonical';
import type { JournalRecord } from './record';

/*
 * Frozen journal entries written by the v1 transfer encoding before records existed. The hashes
 * were computed once and checked outside this code base (Python hashlib: sha256(prev || payload)
 * from the genesis hash). They must never change: a spec re-encodes the transfers below and
 * expects these exact bytes and hashes.
 */

const base: JournalTransfer = {
	id: '0190d1a0-0000-7000-8000-000000000001',
	debitAccountId: '0190d1a0-0000-7000-8000-0000000000a1',
	creditAccountId: '0190d1a0-0000-7000-8000-0000000000b2',
	asset: 'HOUR',
	amount: 90n,
	kind: 'volunteer.hours',
	reference: 'activity-slot:12/user:5',
	pending: false,
	pendingId: null,
	resolution: null,
	reversesId: null,
	createdAt: new Date('2026-03-01T08:30:00.123Z')
};

/** A plain transfer, a hold, its capture, a reversal without reference, an amount above 2^53. */
export const V1_TRANSFERS: JournalTransfer[] = [
	base,
	{
		...base,
		id: '0190d1a0-0000-7000-8000-000000000002',
		asset: 'POINT',
		amount: 300n,
		kind: 'redeem.hold',
		pending: true,
		reference: 'voucher:7',
		createdAt: new Date('2026-03-01T09:00:00.000Z')
	},
	{
		...base,
		id: '0190d1a0-0000-7000-8000-000000000003',
		asset: 'POINT',
		amount: 300n,
		kind: 'redeem.capture',
		pendingId: '0190d1a0-0000-7000-8000-000000000002',
		resolution: 'capture',
		reference: 'voucher:7',
		createdAt: new Date('2026-03-01T09:05:00.999Z')
	},
	{
		...base,
		id: '0190d1a0-0000-7000-8000-000000000004',
		debitAccountId: base.creditAccountId,
		creditAccountId: base.debitAccountId,
		kind: 'adjustment',
		reversesId: base.id,
		reference: null,
		createdAt: new Date('2026-03-02T00:00:00.000Z')
	},
	{
		...base,
		id: '0190d1a0-0000-7000-8000-000000000005',
		asset: 'POINT',
		amount: 9007199254740993n,
		kind: 'council.vote',
		reference: '议事厅 vote:3',
		createdAt: new Date('2026-03-03T12:00:00.001Z')
	}
];

/** The entries those transfers were journaled as, chained from the genesis hash. */
export const V1_ENTRIES: { position: number; entryHash: string; payload: string }[] = [
	{
		position: 1,
		entryHash: 'dabbaa5ebeefebb6b258841f336a1f7c4bff95bedfa0ce8cb204ff70c8a68586',
		payload:
			'{"amount":90,"asset":"HOUR","created_at":"2026-03-01T08:30:00.123Z","credit":"0190d1a0-0000-7000-8000-0000000000b2","debit":"0190d1a0-0000-7000-8000-0000000000a1","id":"0190d1a0-0000-7000-8000-000000000001","kind":"volunteer.hours","pending":false,"pending_id":null,"reference_sha256":"436d709447ea658fe9effc083a43821ec611920b1b8fed7ba6603203a7cbd23a","resolution":null,"reverses_id":null,"v":1}'
	},
	{
		position: 2,
		entryHash: 'eca53ceede743d97660bbf194aaf542345d1f77dd467499ae615a15896476572',
		payload:
			'{"amount":300,"asset":"POINT","created_at":"2026-03-01T09:00:00.000Z","credit":"0190d1a0-0000-7000-8000-0000000000b2","debit":"0190d1a0-0000-7000-8000-0000000000a1","id":"0190d1a0-0000-7000-8000-000000000002","kind":"redeem.hold","pending":true,"pending_id":null,"reference_sha256":"f679e592cde464bdd1e453c83f8b789422cb9a2a3f7fc59b0278e1cb95e6d729","resolution":null,"reverses_id":null,"v":1}'
	},
	{
		position: 3,
		entryHash: 'd2bcf44fc8a22fc2f0cfe7860ce50a6c7cbe82f914b59e64792cb397d5b9629b',
		payload:
			'{"amount":300,"asset":"POINT","created_at":"2026-03-01T09:05:00.999Z","credit":"0190d1a0-0000-7000-8000-0000000000b2","debit":"0190d1a0-0000-7000-8000-0000000000a1","id":"0190d1a0-0000-7000-8000-000000000003","kind":"redeem.capture","pending":false,"pending_id":"0190d1a0-0000-7000-8000-000000000002","reference_sha256":"f679e592cde464bdd1e453c83f8b789422cb9a2a3f7fc59b0278e1cb95e6d729","resolution":"capture","reverses_id":null,"v":1}'
	},
	{
		position: 4,
		entryHash: '948317c860585cc0bf7b343d6fad97e15ba9088e9de89d802c0a941dd4551be5',
		payload:
			'{"amount":90,"asset":"HOUR","created_at":"2026-03-02T00:00:00.000Z","credit":"0190d1a0-0000-7000-8000-0000000000a1","debit":"0190d1a0-0000-7000-8000-0000000000b2","id":"0190d1a0-0000-7000-8000-000000000004","kind":"adjustment","pending":false,"pending_id":null,"reference_sha256":null,"resolution":null,"reverses_id":"0190d1a0-0000-7000-8000-000000000001","v":1}'
	},
	{
		position: 5,
		entryHash: '26da8ff4813de6a490ac7df05f420a4114d949fbe2eb0d1e8ef56907de1b2d82',
		payload:
			'{"amount":9007199254740993,"asset":"POINT","created_at":"2026-03-03T12:00:00.001Z","credit":"0190d1a0-0000-7000-8000-0000000000b2","debit":"0190d1a0-0000-7000-8000-0000000000a1","id":"0190d1a0-0000-7000-8000-000000000005","kind":"council.vote","pending":false,"pending_id":null,"reference_sha256":"6f71ec8f7f886ca76f8b2c31c1c7d6ee71c7004db795a5a02c7a829ab40e690c","resolution":null,"reverses_id":null,"v":1}'
	}
];

/** A yes/no vote that passed: 7 yes, 2 no, 1 abstain out of 12 eligible, quorum 50 %. */
export const sampleTallyBody: CouncilTallyBody = {
	vote_id: 3,
	community_id: 12,
	method: 'yes_no',
	closed_at: '2026-03-08T12:00:00.000Z',
	eligible: 12,
	turnout: 10,
	quorum_percent: 50,
	quorum_met: true,
	answers: { yes: 7, no: 2, abstain: 1 },
	options: [{ proposal_id: 41, cost: 1000, votes: 7, selected: true }],
	winners: [41],
	spent: null,
	ballot_list_sha256: 'a1'.repeat(32)
};

export const sampleRecord: JournalRecord = {
	id: '0190d1a0-0000-7000-8000-00000000c0de',
	kind: 'council.tally',
	body: sampleTallyBody,
	createdAt: new Date('2026-03-08T12:00:00.042Z')
};
