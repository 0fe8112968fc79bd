import type postgres from 'postgres';

/** An account's four totals, as stored on it or as its transfers add up. */
export interface Totals {
	debitsPosted: number;
	creditsPosted: number;
	debitsPending: number;
	creditsPending: number;
}

interface Mismatch {
	id: string;
	stored: [string, string, string, string];
	sums: [string, string, string, string];
}

export type BalanceReport =
	| { ok: true; accounts: number }
	| { ok: false; accounts: number; accountId: string; stored: Totals; fromTransfers: Totals };

/**
 * Adds up every account's totals from its transfers and compares them with the totals stored on
 * the account, which the posting service keeps in step and the floor's CHECK reads. The journal
 * check proves the transfers are the ones that were signed; this proves the balances people see
 * are the sum of those transfers, so a balance edited behind the ledger is caught too.
 *
 * The rules, as the core decides them (chain/core/ledger): a plain transfer, a reversal and a
 * capture post their amount; a hold adds to both pending totals until a capture or void names it;
 * a void moves nothing. Names the first wrong account by id.
 */
export async function verifyBalances(sql: postgres.Sql): Promise<BalanceReport> {
	const [count] = await sql<{ n: number }[]>`select count(*)::int as n from ledger_accounts`;
	const accounts = count?.n ?? 0;
	const [wrong] = await sql<Mismatch[]>`
		with moves as (
			select debit_account_id as account, amount as dp, 0 as cp, 0 as dq, 0 as cq
			from ledger_transfers where not pending and resolution is distinct from 'void'
			union all
			select credit_account_id, 0, amount, 0, 0
			from ledger_transfers where not pending and resolution is distinct from 'void'
			union all
			select h.debit_account_id, 0, 0, h.amount, 0 from ledger_transfers h
			where h.pending and not exists (select from ledger_transfers r where r.pending_id = h.id)
			union all
			select h.credit_account_id, 0, 0, 0, h.amount from ledger_transfers h
			where h.pending and not exists (select from ledger_transfers r where r.pending_id = h.id)
		), sums as (
			select account, sum(dp) as dp, sum(cp) as cp, sum(dq) as dq, sum(cq) as cq
			from moves group by account
		)
		select a.id,
			array[a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending]::text[]
				as stored,
			array[coalesce(s.dp, 0), coalesce(s.cp, 0), coalesce(s.dq, 0), coalesce(s.cq, 0)]::text[]
				as sums
		from ledger_accounts a left join sums s on s.account = a.id
		where (a.debits_posted, a.credits_posted, a.debits_pending, a.credits_pending)
			is distinct from (coalesce(s.dp, 0), coalesce(s.cp, 0), coalesce(s.dq, 0), coalesce(s.cq, 0))
		order by a.id
		limit 1`;
	if (!wrong) return { ok: true, accounts };
	return {
		ok: false,
		accounts,
		accountId: wrong.id,
		stored: totals(wrong.stored),
		fromTransfers: totals(wrong.sums)
	};
}

function totals([dp, cp, dq, cq]: [string, string, string, string]): Totals {
	return {
		debitsPosted: Number(dp),
		creditsPosted: Number(cp),
		debitsPending: Number(dq),
		creditsPending: Number(cq)
	};
}
