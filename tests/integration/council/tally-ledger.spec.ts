import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { canonicalJson, verifyReceipt, type CanonicalValue } from '../../../chain/core/journal';
import {
	castBallot,
	closeVote,
	verifyTallyRecord,
	type CouncilDeps
} from '../../../web/src/lib/server/council';
import { verifyCouncilTallies } from '../../../web/src/lib/server/council/tally-audit';
import { getReceipt } from '../../../web/src/lib/server/journal/receipt';
import { readPublicKeys } from '../../../web/src/lib/server/journal/journal.repository';
import { verifyJournal } from '../../../web/src/lib/server/journal/verify';
import { createTestDatabase } from '../../helpers/db';
import { drainAll } from '../journal/fixtures';
import { councilWorld, openYesNoVote } from './fixtures';

const db = await createTestDatabase({ max: 4 });
const { deps, home, committee, voters } = await councilWorld(db, { voters: 6, pool: 10_000 });
const people = { author: voters[0]!, committee, communityId: home.id };

/** Opens a yes/no vote on a fresh proposal, casts the given answers, closes it after its window. */
async function closedVote(title: string, answers: ('yes' | 'no')[]): Promise<number> {
	const voteId = await openYesNoVote(deps, people, title);
	for (const [i, answer] of answers.entries()) {
		expect((await castBallot(deps, voters[i]!, voteId, { answer })).ok).toBe(true);
	}
	const outcome = await closeVote(later(deps), voteId);
	if (!outcome.closed) throw new Error(outcome.reason);
	return voteId;
}

/** The deps with a clock two minutes ahead: every window opened above has ended. */
const later = (d: CouncilDeps): CouncilDeps => ({
	...d,
	now: () => new Date(Date.now() + 120_000)
});

async function asIntruder(change: (tx: postgres.TransactionSql) => Promise<unknown>) {
	await db.sql.begin(async (tx) => {
		await tx`set local session_replication_role = replica`;
		await change(tx);
	});
}

const recordIdOf = async (voteId: number) =>
	(await db.sql`select id from ledger_records where subject = ${`council-vote:${voteId}`}`)[0]
		?.id as string | undefined;

const cli = () =>
	spawnSync('npx', ['tsx', 'chain/cli/verify.ts'], {
		env: { ...process.env, DATABASE_URL: db.url },
		encoding: 'utf8'
	});

const voteId = await closedVote('楼道换声控灯', ['yes', 'yes', 'no']);

describe('a closed vote on the ledger journal', () => {
	it('should queue the tally in the closing transaction and journal it as a record', async () => {
		const recordId = await recordIdOf(voteId);
		expect(recordId).toBeDefined();
		const [queued] = await db.sql`
			select (select count(*)::int from ledger_record_outbox where record_id = ${recordId!}) as journal,
				(select count(*)::int from ledger_fabric_record_outbox where record_id = ${recordId!}) as fabric`;
		expect(queued).toEqual({ journal: 1, fabric: 1 });
		expect((await verifyTallyRecord(db.sql, voteId))?.journalPending).toBe(true);
		await drainAll(db.sql, { blockSize: 4, sealAfterMs: 1 });
		await new Promise((resolve) => setTimeout(resolve, 5));
		await drainAll(db.sql, { blockSize: 4, sealAfterMs: 1 });
		const [entry] = await db.sql<{ payload: string; transferId: string | null }[]>`
			select payload, transfer_id as "transferId" from ledger_journal_entries where record_id = ${recordId!}`;
		expect(entry?.transferId).toBeNull();
		expect(entry?.payload).toMatch(/^\{"body":\{"answers":\{"abstain":0,"no":1,"yes":2\}/);
		expect(entry?.payload).toContain(
			`"id":"${recordId}","kind":"council.tally","type":"record","v":2}`
		);
	});

	it('should give the tally a receipt that verifies like a transfer receipt', async () => {
		const recordId = (await recordIdOf(voteId))!;
		const receipt = await getReceipt(db.sql, recordId);
		expect(receipt).toMatchObject({ recordId, recordKind: 'council.tally', status: 'sealed' });
		const keys = await readPublicKeys(db.sql);
		expect(await verifyReceipt(receipt!, keys)).toMatchObject({ verified: true, failure: null });
		const edited = {
			...receipt!,
			entry: { ...receipt!.entry!, payload: receipt!.entry!.payload.replace('"yes":2', '"yes":3') }
		};
		expect((await verifyReceipt(edited, keys)).verified).toBe(false);
		const asTransfer = { ...receipt!, recordId: undefined, transferId: recordId };
		expect((await verifyReceipt(asTransfer, keys)).failure).toBe('transfer_mismatch');
	});

	it('should pass ledger:verify with every closed vote matched to its record', async () => {
		expect(await verifyJournal(db.sql)).toMatchObject({ ok: true, outbox: 0 });
		expect(await verifyCouncilTallies(db.sql)).toEqual({ ok: true, votes: 1 });
		expect((await verifyTallyRecord(db.sql, voteId))?.valid).toBe(true);
		const run = cli();
		expect(run.stdout, run.stderr).toContain('ledger:verify OK: 1 closed votes match');
		expect(run.status).toBe(0);
	});

	it('should never close a vote whose tally cannot be recorded', async () => {
		const blocked = await openYesNoVote(deps, people, '装长椅');
		// A record already holds this vote's subject: the closing's own record insert must fail.
		await db.sql`insert into ledger_records (id, kind, subject, body, created_at)
			values (gen_random_uuid(), 'council.tally', ${`council-vote:${blocked}`}, '{}', now())`;
		await expect(closeVote(later(deps), blocked)).rejects.toThrow(
			/ledger_records_kind_subject_key/
		);
		const [vote] = await db.sql`select state, result from council_votes where id = ${blocked}`;
		expect(vote).toEqual({ state: 'open', result: null });
		expect(await verifyCouncilTallies(db.sql)).toMatchObject({
			ok: false,
			problem: 'tally_record_without_vote',
			voteId: blocked
		});
		// Clean up as an intruder would have to: records are append-only.
		await asIntruder(async (tx) => {
			const subject = `council-vote:${blocked}`;
			const ids = tx`select id from ledger_records where subject = ${subject}`;
			await tx`delete from ledger_record_outbox where record_id in (${ids})`;
			await tx`delete from ledger_fabric_record_outbox where record_id in (${ids})`;
			await tx`delete from ledger_records where subject = ${subject}`;
			await tx`delete from council_vote_options where vote_id = ${blocked}`;
			await tx`delete from council_votes where id = ${blocked}`;
		});
	});
});

describe('ledger:verify on a tampered tally', () => {
	it('should name the vote whose stored tally was changed', async () => {
		await db.sql`update council_votes
			set result = jsonb_set(result, '{answers,yes}', '9') where id = ${voteId}`;
		expect(await verifyCouncilTallies(db.sql)).toMatchObject({
			ok: false,
			problem: 'tally_mismatch',
			voteId
		});
		expect((await verifyTallyRecord(db.sql, voteId))?.checks.projection).toBe(false);
		const run = cli();
		expect(run.stdout).toContain(`ledger:verify FAILED: tally_mismatch at vote ${voteId}`);
		expect(run.status).toBe(1);
		await db.sql`update council_votes
			set result = jsonb_set(result, '{answers,yes}', '2') where id = ${voteId}`;
		expect(await verifyCouncilTallies(db.sql)).toEqual({ ok: true, votes: 1 });
	});

	it('should catch a rewritten ballot by its list hash', async () => {
		const [ballot] = await db.sql`
			select id, choice::text as choice from council_ballots where vote_id = ${voteId} limit 1`;
		const other = ballot!.choice.includes('yes') ? '{"answer":"no"}' : '{"answer":"yes"}';
		await asIntruder(
			(tx) => tx`update council_ballots set choice = ${other}::jsonb where id = ${ballot!.id}`
		);
		expect(await verifyCouncilTallies(db.sql)).toMatchObject({
			ok: false,
			problem: 'ballot_list_mismatch',
			voteId
		});
		await asIntruder(
			(tx) =>
				tx`update council_ballots set choice = ${ballot!.choice}::jsonb where id = ${ballot!.id}`
		);
	});

	it('should catch an edited record body by its journal payload', async () => {
		const recordId = (await recordIdOf(voteId))!;
		const [position] =
			await db.sql`select position from ledger_journal_entries where record_id = ${recordId}`;
		await asIntruder(
			(tx) => tx`update ledger_records
			set body = jsonb_set(body, '{answers,yes}', '9') where id = ${recordId}`
		);
		expect(await verifyJournal(db.sql)).toMatchObject({
			ok: false,
			problem: 'payload_mismatch',
			position: Number(position!.position),
			recordId
		});
		await asIntruder(
			(tx) => tx`update ledger_records
			set body = jsonb_set(body, '{answers,yes}', '2') where id = ${recordId}`
		);
		expect(await verifyJournal(db.sql)).toMatchObject({ ok: true });
	});
});

describe('votes closed before tallies went on the journal', () => {
	it('should be moved into the journal path by the migration SQL, with the same facts', async () => {
		const legacy = await closedVote('种树', ['no', 'yes', 'no', 'no']);
		const recordId = (await recordIdOf(legacy))!;
		const [before] = await db.sql<{ body: string }[]>`
			select body::text as body from ledger_records where id = ${recordId}`;
		// As it was before this change: a closed vote with no record at all.
		await asIntruder(async (tx) => {
			await tx`delete from ledger_record_outbox where record_id = ${recordId}`;
			await tx`delete from ledger_fabric_record_outbox where record_id = ${recordId}`;
			await tx`delete from ledger_records where id = ${recordId}`;
		});
		expect(await verifyCouncilTallies(db.sql)).toMatchObject({
			ok: false,
			problem: 'tally_not_recorded',
			voteId: legacy
		});
		await db.sql.unsafe(await readFile('db/sql/025-ledger-records.sql', 'utf8'));
		await db.sql.unsafe(await readFile('db/sql/025-ledger-records.sql', 'utf8'));
		const [after] = await db.sql<{ id: string; body: string }[]>`
			select id, body::text as body from ledger_records where subject = ${`council-vote:${legacy}`}`;
		expect(after?.id).not.toBe(recordId);
		const canonical = (text: string) => canonicalJson(JSON.parse(text) as CanonicalValue);
		expect(canonical(after!.body)).toBe(canonical(before!.body));
		await drainAll(db.sql, { blockSize: 4, sealAfterMs: 1 });
		expect(await verifyJournal(db.sql)).toMatchObject({ ok: true, outbox: 0 });
		expect(await verifyCouncilTallies(db.sql)).toEqual({ ok: true, votes: 2 });
	});
});

describe('ledger:verify on tampered records', () => {
	it('should name a record that never reached the journal', async () => {
		// As an intruder the enqueue trigger is off too: the record is in no outbox.
		await asIntruder(
			(tx) => tx`insert into ledger_records (id, kind, subject, body, created_at)
				values (gen_random_uuid(), 'council.tally', 'council-vote:424242', '{}', now())`
		);
		const [sneaked] =
			await db.sql`select id from ledger_records where subject = 'council-vote:424242'`;
		expect(await verifyJournal(db.sql)).toMatchObject({
			ok: false,
			problem: 'record_not_journaled',
			recordId: sneaked!.id
		});
	});

	it('should name the journal position of a deleted record', async () => {
		const recordId = (await recordIdOf(voteId))!;
		const [entry] =
			await db.sql`select position from ledger_journal_entries where record_id = ${recordId}`;
		await asIntruder((tx) => tx`delete from ledger_records where id = ${recordId}`);
		expect(await verifyJournal(db.sql)).toMatchObject({
			ok: false,
			problem: 'record_missing',
			position: Number(entry!.position),
			recordId
		});
	});
});
