import type postgres from 'postgres';
import type { ChainLedger } from '../../../../../chain/gateway/chain-ledger';
import type { Balance } from '../../../../../chain/chaincode/ledger.contract';
import { withFabricLock } from './anchor';

type Ledger = Pick<ChainLedger, 'allBalances' | 'allTransferIds'>;
type Totals = { posted: number; pendingDebits: number; pendingCredits: number };
const FIELDS = ['posted', 'pendingDebits', 'pendingCredits'] as const;
/** Reports list at most this many ids of each kind; the counts are always complete. */
const LISTED = 100;

export interface BalanceDrift {
	accountId: string;
	field: (typeof FIELDS)[number] | 'missing_on_chain' | 'unknown_in_database';
	/** What the chain should hold, from the database minus transfers not yet on the chain. */
	expected: number | null;
	chain: number | null;
}

export interface ReconciliationReport {
	checkedAt: string;
	ok: boolean;
	accounts: number;
	transfersInDatabase: number;
	transfersOnChain: number;
	/** Waiting in the outbox: expected to be missing from the chain, not drift. */
	pending: number;
	/** Refused by the chaincode and not yet resolved by an auditor: drift. */
	quarantined: number;
	/** Typed records (council tallies) the chaincode refused, kept in their outbox: drift. */
	recordsRefused: number;
	balanceDrift: BalanceDrift[];
	/** Anchored according to the database but absent from the chain. */
	missingOnChain: { count: number; ids: string[] };
	/** On the chain but unknown to the database. */
	unknownOnChain: { count: number; ids: string[] };
}

interface OffChainRow {
	debit_account_id: string;
	credit_account_id: string;
	amount: string | number;
	pending: boolean;
	resolution: string | null;
	hold_amount: string | number | null;
}

/** Takes a transfer's effect on both accounts back out of the expected totals. */
function subtract(expected: Map<string, Totals>, row: OffChainRow): void {
	const get = (id: string) => {
		const t = expected.get(id) ?? { posted: 0, pendingDebits: 0, pendingCredits: 0 };
		expected.set(id, t);
		return t;
	};
	const debit = get(row.debit_account_id);
	const credit = get(row.credit_account_id);
	const amount = Number(row.amount);
	if (row.pending) {
		debit.pendingDebits -= amount;
		credit.pendingCredits -= amount;
		return;
	}
	if (row.resolution !== null) {
		const held = Number(row.hold_amount ?? 0);
		debit.pendingDebits += held;
		credit.pendingCredits += held;
		if (row.resolution === 'void') return;
	}
	debit.posted += amount;
	credit.posted -= amount;
}

/** One consistent snapshot of what the database says the chain should hold. */
async function readDatabase(sql: postgres.Sql, onChain: Set<string>) {
	return sql.begin('isolation level repeatable read read only', async (tx) => {
		const accounts = await tx<{ id: string; posted: string; dp: string; cp: string }[]>`
			select id, credits_posted - debits_posted as posted, debits_pending as dp,
				credits_pending as cp from ledger_accounts`;
		const ids = (await tx<{ id: string }[]>`select id from ledger_transfers`).map((r) => r.id);
		const anchored = (
			await tx<{ id: string }[]>`select transfer_id as id from ledger_fabric_anchors`
		).map((r) => r.id);
		const [counts] = await tx<{ pending: string; quarantined: string; refused: string }[]>`
			select (select count(*) from ledger_fabric_outbox) as pending,
				(select count(*) from ledger_fabric_quarantine where resolved_at is null) as quarantined,
				(select count(*) from ledger_fabric_record_outbox where refused_code is not null) as refused`;
		const offChainIds = ids.filter((id) => !onChain.has(id));
		const offChain = await tx<OffChainRow[]>`
			select t.debit_account_id, t.credit_account_id, t.amount, t.pending, t.resolution,
				h.amount as hold_amount
			from ledger_transfers t left join ledger_transfers h on h.id = t.pending_id
			where t.id = any(${offChainIds}::uuid[])`;
		const expected = new Map<string, Totals>();
		for (const a of accounts) {
			expected.set(a.id, {
				posted: Number(a.posted),
				pendingDebits: Number(a.dp),
				pendingCredits: Number(a.cp)
			});
		}
		for (const row of offChain) subtract(expected, row);
		return {
			expected,
			ids,
			anchored,
			pending: Number(counts?.pending ?? 0),
			quarantined: Number(counts?.quarantined ?? 0),
			recordsRefused: Number(counts?.refused ?? 0)
		};
	});
}

function compareBalances(expected: Map<string, Totals>, chain: Balance[]): BalanceDrift[] {
	const drift: BalanceDrift[] = [];
	const onChain = new Map(chain.map((b) => [b.accountId, b]));
	for (const [accountId, totals] of expected) {
		const b = onChain.get(accountId);
		const untouched = FIELDS.every((f) => totals[f] === 0);
		if (!b) {
			if (!untouched) {
				drift.push({ accountId, field: 'missing_on_chain', expected: null, chain: null });
			}
			continue;
		}
		for (const field of FIELDS) {
			if (b[field] !== totals[field]) {
				drift.push({ accountId, field, expected: totals[field], chain: b[field] });
			}
		}
	}
	for (const b of chain) {
		if (!expected.has(b.accountId)) {
			drift.push({
				accountId: b.accountId,
				field: 'unknown_in_database',
				expected: null,
				chain: b.posted
			});
		}
	}
	return drift;
}

const listed = (ids: string[]) => ({ count: ids.length, ids: ids.slice(0, LISTED) });

/**
 * Compares every account's balances and the set of transfer ids between the database and the
 * chaincode. Holds the Fabric lock so no batch is anchored meanwhile; returns null when the
 * anchoring job holds it (try again in a moment).
 */
export async function reconcile(
	sql: postgres.Sql,
	ledger: Ledger
): Promise<ReconciliationReport | null> {
	return withFabricLock(sql, async () => {
		const chainIds = await ledger.allTransferIds();
		const chainBalances = await ledger.allBalances();
		const onChain = new Set(chainIds);
		const db = await readDatabase(sql, onChain);
		const known = new Set(db.ids);
		const missing = db.anchored.filter((id) => !onChain.has(id));
		const unknown = chainIds.filter((id) => !known.has(id));
		const balanceDrift = compareBalances(db.expected, chainBalances);
		const ok =
			balanceDrift.length === 0 &&
			missing.length === 0 &&
			unknown.length === 0 &&
			db.quarantined === 0 &&
			db.recordsRefused === 0;
		return {
			checkedAt: new Date().toISOString(),
			ok,
			accounts: db.expected.size,
			transfersInDatabase: db.ids.length,
			transfersOnChain: chainIds.length,
			pending: db.pending,
			quarantined: db.quarantined,
			recordsRefused: db.recordsRefused,
			balanceDrift,
			missingOnChain: listed(missing),
			unknownOnChain: listed(unknown)
		};
	});
}

/** Keeps a report for the auditors' page. */
export async function saveReconciliation(
	sql: postgres.Sql,
	report: ReconciliationReport
): Promise<void> {
	await sql`insert into ledger_fabric_reconciliations (ok, report) values (${report.ok}, ${sql.json(JSON.parse(JSON.stringify(report)))})`;
}
