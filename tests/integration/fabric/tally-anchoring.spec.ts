import { beforeAll, describe, expect, it } from 'vitest';
import { sampleTallyBody } from '../../../chain/core/journal/v1-fixture';
import { ChainLedger } from '../../../chain/gateway/chain-ledger';
import { closeVote } from '../../../web/src/lib/server/council';
import { anchorPending } from '../../../web/src/lib/server/fabric/anchor';
import { reconcile } from '../../../web/src/lib/server/fabric/reconcile';
import { getReceipt } from '../../../web/src/lib/server/journal/receipt';
import { loadBuiltChaincode } from '../../contract/chaincode-build';
import { FakeContract } from '../../contract/fake-contract';
import { FakePeer } from '../../contract/fake-peer';
import { AUDITOR } from '../../contract/records';
import { createTestDatabase } from '../../helpers/db';
import { councilWorld, openYesNoVote } from '../council/fixtures';
import { drainAll } from '../journal/fixtures';

const db = await createTestDatabase({ max: 4 });
const {
	deps,
	home,
	committee,
	voters: [author]
} = await councilWorld(db, { voters: 1, pool: 1000 });
const later = { ...deps, now: () => new Date(Date.now() + 120_000) };

let peer: FakePeer;
let ledger: ChainLedger;

beforeAll(async () => {
	peer = new FakePeer(await loadBuiltChaincode());
	ledger = new ChainLedger(new FakeContract(peer), { sleep: async () => {} });
}, 120_000);

async function closedVote(title: string): Promise<string> {
	const voteId = await openYesNoVote(
		deps,
		{ author: author!, committee, communityId: home.id },
		title
	);
	const outcome = await closeVote(later, voteId);
	if (!outcome.closed) throw new Error(outcome.reason);
	return outcome.recordId;
}

async function anchor() {
	peer.timeMs = Date.now() + 120_000;
	const run = await anchorPending(db.sql, ledger, { batchSize: 10, budgetMs: 60_000 });
	if (!run.locked) throw new Error('the Fabric lock was taken');
	return run;
}

describe('tallies on Fabric', () => {
	it('should forward a closed vote tally with the transfers and anchor its journal block', async () => {
		const recordId = await closedVote('楼道换声控灯');
		await drainAll(db.sql, { blockSize: 100, sealAfterMs: 1 });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await drainAll(db.sql, { blockSize: 100, sealAfterMs: 1 });
		const run = await anchor();
		expect(run.records).toEqual({ anchored: 1, refused: 0 });
		expect(run.blocksAnchored).toBe(1);
		const [anchorRow] = await db.sql`
			select tx_id from ledger_fabric_record_anchors where record_id = ${recordId}`;
		const onPeer = JSON.parse((await peer.evaluate(AUDITOR, 'GetRecord', recordId)).payload);
		expect(onPeer).toMatchObject({ id: recordId, kind: 'council.tally', txId: anchorRow?.tx_id });
		expect((await getReceipt(db.sql, recordId))?.status).toBe('anchored');
		expect((await anchor()).records).toEqual({ anchored: 0, refused: 0 });
	});

	it('should anchor to the first transaction when the reply of a recorded tally was lost', async () => {
		const recordId = await closedVote('装长椅');
		const [row] = await db.sql<{ body: string; ms: string }[]>`
			select body::text as body, (extract(epoch from created_at) * 1000)::bigint::text as ms
			from ledger_records where id = ${recordId}`;
		peer.timeMs = Date.now() + 120_000;
		const first = await ledger.recordCouncilTally({
			id: recordId,
			kind: 'council.tally',
			body: JSON.parse(row!.body),
			createdAt: Number(row!.ms)
		});
		expect(first.status).toBe('committed');
		expect((await anchor()).records).toEqual({ anchored: 1, refused: 0 });
		const [anchorRow] = await db.sql`
			select tx_id, block_number from ledger_fabric_record_anchors where record_id = ${recordId}`;
		expect(anchorRow).toEqual({
			tx_id: first.status === 'committed' ? first.txId : null,
			block_number: null
		});
	});

	it('should keep a tally the chaincode refuses in the outbox with its code', async () => {
		const forged = { ...sampleTallyBody, vote_id: 999_999, answers: { yes: 7, no: 2, abstain: 9 } };
		const [bad] = await db.sql`insert into ledger_records (id, kind, subject, body, created_at)
			values (gen_random_uuid(), 'council.tally', 'council-vote:999999', ${JSON.stringify(forged)}::jsonb, now())
			returning id`;
		const run = await anchor();
		expect(run.records).toEqual({ anchored: 0, refused: 1 });
		const [waiting] = await db.sql`
			select refused_code from ledger_fabric_record_outbox where record_id = ${bad!.id}`;
		expect(waiting?.refused_code).toBe('tally_counts_inconsistent');
		expect((await anchor()).records).toEqual({ anchored: 0, refused: 0 });
		// Reconciliation names it as drift until someone deals with it.
		expect(await reconcile(db.sql, ledger)).toMatchObject({
			ok: false,
			recordsRefused: 1,
			quarantined: 0,
			balanceDrift: []
		});
	});
});
