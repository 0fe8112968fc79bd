import type { Task } from 'graphile-worker';
import type postgres from 'postgres';
import { record } from '../audit/record';
import type { Executor } from '../auth/db';
import { verifyCouncilTallies } from '../council/tally-audit';
import { database } from '../context';
import { placeOf, verifyJournal } from '../journal/verify';
import { notify } from '../notifications/notify';
import { realtime, type RealtimePort } from '../realtime/realtime';
import { verifyBalances } from './verify-balances';

export const LEDGER_AUDIT_TASK = 'ledger:audit';
/** Every night at 03:17, when little else runs: the whole of `npm run ledger:verify`. */
export const LEDGER_AUDIT_CRONTAB = `17 3 * * * ${LEDGER_AUDIT_TASK} ?jobKey=${LEDGER_AUDIT_TASK}`;

export type LedgerAuditOutcome =
	| { ok: true; entries: number; accounts: number; votes: number }
	| { ok: false; check: 'journal' | 'balances' | 'tallies'; problem: string; where: string };

/**
 * The checks of `npm run ledger:verify`, in its order, stopping at the first that fails: the
 * journal (hashes, links, Merkle roots, signatures, one entry per transfer), every account's
 * totals against its transfers, every closed vote against its tally record. So that a change made
 * behind the ledger is noticed without anyone running the command, a failure is told to every
 * auditor and administrator, each night until it is put right. Every run, passed or failed, is an
 * entry `ledger.audit` in the audit log (platform-wide, so city-level auditors read it at /audit).
 */
export async function auditLedger(
	store: { sql: postgres.Sql; db: Executor },
	port: RealtimePort = realtime()
): Promise<LedgerAuditOutcome> {
	const { sql } = store;
	const outcome = await runChecks(sql);
	await record(store.db, {
		actorId: null,
		action: 'ledger.audit',
		target: { type: 'ledger', id: outcome.ok ? 'passed' : outcome.check },
		nodePath: null,
		after: outcome,
		ip: null
	});
	if (outcome.ok) return outcome;
	console.error(`[ledger] nightly audit failed: ${outcome.problem} at ${outcome.where}`);
	const recipients = await sql<{ user_id: number }[]>`
		select distinct user_id from role_grants where role in ('auditor', 'admin') order by user_id`;
	for (const { user_id: userId } of recipients) {
		await notify(
			sql,
			{
				userId,
				type: `ledger.audit_${outcome.check}`,
				params: { problem: outcome.problem, where: outcome.where }
			},
			port
		);
	}
	return outcome;
}

async function runChecks(sql: postgres.Sql): Promise<LedgerAuditOutcome> {
	const journal = await verifyJournal(sql);
	if (!journal.ok) {
		return { ok: false, check: 'journal', problem: journal.problem, where: placeOf(journal) };
	}
	const balances = await verifyBalances(sql);
	if (!balances.ok) {
		return {
			ok: false,
			check: 'balances',
			problem: 'balance_mismatch',
			where: `account ${balances.accountId}`
		};
	}
	const tallies = await verifyCouncilTallies(sql);
	if (!tallies.ok) {
		return {
			ok: false,
			check: 'tallies',
			problem: tallies.problem,
			where: `vote ${tallies.voteId}`
		};
	}
	return { ok: true, entries: journal.entries, accounts: balances.accounts, votes: tallies.votes };
}

export const ledgerAuditTask: Task = async () => {
	await auditLedger(database());
};
