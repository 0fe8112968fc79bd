import { err, ok, type Result } from '../../../../../chain/core/shared';
import {
	periodContaining,
	previousPeriod,
	statementTotals,
	type Period,
	type SettlementPeriod
} from '../../domain/redemption/settlement';
import { partnerReceivable, platformSettlement } from './accounts';
import type { RedemptionDeps } from './deps';
import { withDates } from './rows';

const DATES = ['paidAt', 'stripeConfirmedAt'] as const;

interface Group {
	partnerId: number;
	communityId: number;
	pointsPerYuan: number;
	period: SettlementPeriod;
}

/**
 * Makes draft statements: for each partner and community, the captured vouchers not yet on a
 * statement and used before the end of the period, at the community's current rate. `mode`
 * 'closed' (the scheduled run) settles the last complete period; 'to-date' (a committee's button)
 * settles the current period so far. Vouchers are claimed with `statement_id is null` under a row
 * lock, so two runs at once never put one voucher on two statements. Returns the new ids.
 */
export async function generateStatements(
	deps: RedemptionDeps,
	input: { mode: 'closed' | 'to-date'; communityIds?: number[] }
): Promise<number[]> {
	const now = deps.now();
	const groups = await deps.sql<Group[]>`
		select distinct v.partner_id as "partnerId", v.community_id as "communityId",
			coalesce(s.points_per_yuan, 100) as "pointsPerYuan", coalesce(s.period, 'monthly') as period
		from vouchers v left join community_redemption_settings s on s.community_id = v.community_id
		where v.status = 'used' and v.capture_id is not null and v.statement_id is null
		${input.communityIds ? deps.sql`and v.community_id in ${deps.sql(input.communityIds)}` : deps.sql``}`;
	const ids: number[] = [];
	for (const g of groups) {
		const period =
			input.mode === 'closed' ? previousPeriod(now, g.period) : periodContaining(now, g.period);
		// `used_at < until`: to date includes a voucher used in this very millisecond.
		const until = input.mode === 'closed' ? period.to : new Date(now.getTime() + 1);
		const id = await statementFor(deps, g, period, until);
		if (id !== null) ids.push(id);
	}
	return ids;
}

async function statementFor(
	deps: RedemptionDeps,
	g: Group,
	period: Period,
	until: Date
): Promise<number | null> {
	return deps.sql.begin(async (tx) => {
		const lines = await tx<{ id: string; points: number }[]>`
			select id, points from vouchers
			where partner_id = ${g.partnerId} and community_id = ${g.communityId} and status = 'used'
				and capture_id is not null and statement_id is null and used_at < ${until.toISOString()}
			for update skip locked`;
		if (lines.length === 0) return null;
		const totals = statementTotals(
			lines.map((l) => ({ voucherId: l.id, points: l.points })),
			g.pointsPerYuan
		);
		const [row] = await tx<{ id: number }[]>`
			insert into settlement_statements (partner_id, community_id, period_start, period_end, points,
				cents, points_per_yuan)
			values (${g.partnerId}, ${g.communityId}, ${period.start}, ${period.end}, ${totals.points},
				${totals.cents}, ${g.pointsPerYuan})
			returning id`;
		if (!row) throw new Error('statement insert returned nothing');
		await tx`update vouchers set statement_id = ${row.id} where id in ${tx(lines.map((l) => l.id))}`;
		return row.id;
	});
}

export interface StatementRow {
	id: number;
	partnerId: number;
	partnerName: string;
	communityId: number;
	communityName: string;
	periodStart: string;
	periodEnd: string;
	points: number;
	cents: number;
	pointsPerYuan: number;
	status: 'draft' | 'approved' | 'paid';
	paidAt: Date | null;
	paymentMethod: string | null;
	paymentReference: string | null;
	stripeTransferId: string | null;
	stripeConfirmedAt: Date | null;
	ledgerTransferId: string | null;
	stripeAccountId: string | null;
	stripePayoutsEnabled: boolean;
	communityPath: string;
}

const SELECT = `select s.id, s.partner_id as "partnerId", p.name as "partnerName", s.community_id as "communityId",
	n.name as "communityName", n.path as "communityPath", to_char(s.period_start, 'YYYY-MM-DD') as "periodStart",
	to_char(s.period_end, 'YYYY-MM-DD') as "periodEnd", s.points::int as points, s.cents::int as cents,
	s.points_per_yuan as "pointsPerYuan", s.status, s.paid_at as "paidAt", s.payment_method as "paymentMethod",
	s.payment_reference as "paymentReference", s.stripe_transfer_id as "stripeTransferId",
	s.stripe_confirmed_at as "stripeConfirmedAt", s.ledger_transfer_id as "ledgerTransferId",
	p.stripe_account_id as "stripeAccountId", p.stripe_payouts_enabled as "stripePayoutsEnabled"
	from settlement_statements s join partners p on p.id = s.partner_id join nodes n on n.id = s.community_id`;

export async function statementById(
	deps: RedemptionDeps,
	id: number
): Promise<StatementRow | null> {
	const rows = await deps.sql.unsafe<StatementRow[]>(`${SELECT} where s.id = $1`, [id]);
	return withDates(rows, DATES)[0] ?? null;
}

export async function statementsOfPartner(
	deps: RedemptionDeps,
	partnerId: number
): Promise<StatementRow[]> {
	const rows = await deps.sql.unsafe<StatementRow[]>(
		`${SELECT} where s.partner_id = $1 order by s.id desc`,
		[partnerId]
	);
	return withDates(rows, DATES);
}

/** Statements of communities under any of `scopes` (node paths). */
export async function statementsInScopes(
	deps: RedemptionDeps,
	scopes: readonly string[]
): Promise<StatementRow[]> {
	if (scopes.length === 0) return [];
	const patterns = scopes.map((s) => `${s}%`);
	const rows = await deps.sql.unsafe<StatementRow[]>(
		`${SELECT} where n.path like any($1) order by (s.status <> 'paid') desc, s.id desc limit 300`,
		[patterns] as never
	);
	return withDates(rows, DATES);
}

export interface StatementLineRow {
	voucherId: string;
	code: string;
	offerTitle: string;
	points: number;
	usedAt: Date;
}

export async function statementLines(
	deps: RedemptionDeps,
	id: number
): Promise<StatementLineRow[]> {
	return (await linesOfStatements(deps, [id])).get(id) ?? [];
}

/**
 * The lines of several statements in one query, by statement id: the committee's list shows
 * each undecided statement's redemptions, so nobody approves a sum without seeing what it is.
 */
export async function linesOfStatements(
	deps: RedemptionDeps,
	ids: readonly number[]
): Promise<Map<number, StatementLineRow[]>> {
	const byStatement = new Map<number, StatementLineRow[]>();
	if (ids.length === 0) return byStatement;
	const rows = await deps.sql<(StatementLineRow & { statementId: number })[]>`
		select v.statement_id as "statementId", v.id as "voucherId", v.code, o.title as "offerTitle",
			v.points, v.used_at as "usedAt"
		from vouchers v join offers o on o.id = v.offer_id
		where v.statement_id = any(${ids as number[]}::int[]) order by v.used_at, v.id`;
	for (const { statementId, ...line } of withDates(rows, ['usedAt'])) {
		byStatement.set(statementId, [...(byStatement.get(statementId) ?? []), line]);
	}
	return byStatement;
}

export type ApproveError = 'not_found' | 'not_draft';

/** Errors: 'not_found', 'not_draft'. The caller checks the committee's scope first. */
export async function approveStatement(
	deps: RedemptionDeps,
	userId: number,
	id: number
): Promise<Result<void, ApproveError>> {
	const rows = await deps.sql`update settlement_statements
		set status = 'approved', approved_by = ${userId}, approved_at = ${deps.now().toISOString()}
		where id = ${id} and status = 'draft' returning id`;
	if (rows.length) return ok(undefined);
	return err((await statementById(deps, id)) ? 'not_draft' : 'not_found');
}

/** Moves a statement's points from the partner's receivable to the platform; idempotent. */
export async function settleOnLedger(
	deps: RedemptionDeps,
	s: Pick<StatementRow, 'id' | 'partnerId' | 'points'>,
	actorId: number
): Promise<string> {
	const posted = await deps.ledger.transfer({
		debitAccountId: await partnerReceivable(deps, s.partnerId),
		creditAccountId: await platformSettlement(deps),
		asset: 'POINT',
		amount: s.points,
		idempotencyKey: `statement:${s.id}:settle`,
		kind: 'settlement',
		reference: `statement:${s.id}`,
		actorId
	});
	// The receivable holds at least every captured point on an unpaid statement; a refusal here
	// means the books disagree, which reconciliation must show rather than hide.
	if (!posted.ok) throw new Error(`settlement ${s.id} refused by the ledger: ${posted.error}`);
	return posted.value.id;
}
