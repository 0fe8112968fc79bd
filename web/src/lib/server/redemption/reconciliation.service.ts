import { pointsToCents } from '../../domain/redemption/settlement';
import type { RedemptionDeps } from './deps';

export interface PartnerReconciliation {
	partnerId: number;
	partnerName: string;
	/** Points captured on the ledger into the receivable (posted credits). */
	capturedLedger: number;
	/** Points of vouchers marked used with a capture. */
	capturedVouchers: number;
	/** Points moved out of the receivable by settlements on the ledger. */
	settledLedger: number;
	/** Points of paid statements. */
	paidStatements: number;
	/** Money paid out on those statements, in cents (fen). */
	paidCents: number;
	/** Posted receivable balance on the ledger. */
	receivable: number;
	/** Captured points not yet paid, by the statements' own reckoning. */
	unpaid: number;
	/** Stripe-paid statements whose transfer Stripe has not (yet) confirmed by webhook. */
	unconfirmedStripe: number;
	/**
	 * Statements that do not add up on their own: their points are not the sum of their
	 * redemptions, or their amount is not those points at the statement's rate.
	 */
	statementsOff: number[];
	mismatches: string[];
}

/**
 * Statements vs ledger receivables vs Stripe transfers, per partner. Each figure is computed
 * independently from its own table, so a bug in one path shows as a mismatch in another.
 */
export async function reconcile(deps: RedemptionDeps): Promise<PartnerReconciliation[]> {
	const [rows, statements] = await Promise.all([partnerFigures(deps), statementSums(deps)]);
	const off = new Map<number, number[]>();
	for (const s of statements) {
		if (s.points === s.linePoints && s.cents === pointsToCents(s.points, s.pointsPerYuan)) continue;
		off.set(s.partnerId, [...(off.get(s.partnerId) ?? []), s.id]);
	}
	return rows.map((r) => {
		const figures = { ...r, statementsOff: off.get(r.partnerId) ?? [] };
		return { ...figures, mismatches: mismatchesOf(figures) };
	});
}

function partnerFigures(deps: RedemptionDeps) {
	return deps.sql<Omit<PartnerReconciliation, 'mismatches' | 'statementsOff'>[]>`
		select p.id as "partnerId", p.name as "partnerName",
			coalesce(a.credits_posted, 0)::int as "capturedLedger",
			coalesce((select sum(points) from vouchers v where v.partner_id = p.id and v.status = 'used' and v.capture_id is not null), 0)::int as "capturedVouchers",
			coalesce(a.debits_posted, 0)::int as "settledLedger",
			coalesce((select sum(points) from settlement_statements s where s.partner_id = p.id and s.status = 'paid'), 0)::int as "paidStatements",
			coalesce((select sum(cents) from settlement_statements s where s.partner_id = p.id and s.status = 'paid'), 0)::int as "paidCents",
			coalesce(a.credits_posted - a.debits_posted, 0)::int as receivable,
			coalesce((select sum(points) from vouchers v where v.partner_id = p.id and v.status = 'used' and v.capture_id is not null
				and (v.statement_id is null or v.statement_id in (select id from settlement_statements where status <> 'paid'))), 0)::int as unpaid,
			(select count(*) from settlement_statements s where s.partner_id = p.id and s.payment_method = 'stripe' and s.stripe_confirmed_at is null)::int as "unconfirmedStripe"
		from partners p
		left join ledger_accounts a on a.owner_type = 'partner' and a.owner_id = p.id and a.kind = 'partner_receivable'
		order by p.name`;
}

/** Each statement's own totals beside the sum of the redemptions filed on it. */
function statementSums(deps: RedemptionDeps) {
	return deps.sql<
		{
			id: number;
			partnerId: number;
			points: number;
			cents: number;
			pointsPerYuan: number;
			linePoints: number;
		}[]
	>`
		select s.id, s.partner_id as "partnerId", s.points::int as points, s.cents::int as cents,
			s.points_per_yuan as "pointsPerYuan",
			coalesce((select sum(v.points) from vouchers v where v.statement_id = s.id), 0)::int as "linePoints"
		from settlement_statements s`;
}

/** The message keys of what does not add up; empty when everything reconciles. */
export function mismatchesOf(r: Omit<PartnerReconciliation, 'mismatches'>): string[] {
	const out: string[] = [];
	if (r.capturedLedger !== r.capturedVouchers) out.push('captured');
	if (r.settledLedger !== r.paidStatements) out.push('settled');
	if (r.receivable !== r.unpaid) out.push('receivable');
	if (r.unconfirmedStripe > 0) out.push('stripe');
	if (r.statementsOff.length > 0) out.push('statements');
	return out;
}
