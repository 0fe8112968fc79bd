import { formatYuan } from '../../domain/redemption/settlement';
import { translator, type Locale } from '../../i18n';
import { PdfFlow, type Cell } from '../documents/pdf-flow';
import { PdfWriter } from '../documents/pdf-writer';
import type { StatementLineRow, StatementRow } from './settlement.service';

type Statement = Pick<
	StatementRow,
	| 'id'
	| 'partnerId'
	| 'communityId'
	| 'periodStart'
	| 'periodEnd'
	| 'points'
	| 'cents'
	| 'pointsPerYuan'
	| 'status'
	| 'paymentReference'
	| 'ledgerTransferId'
> & { partnerName: string; communityName: string };

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

const csvCell = (v: string | number) => {
	const s = String(v);
	// Quote everything that could break the row, and defuse formula injection in spreadsheets.
	const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
	return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** UTF-8 CSV with a byte-order mark so spreadsheet programs show the Chinese names correctly. */
export function statementCsv(s: Statement, lines: readonly StatementLineRow[]): string {
	const rows: (string | number)[][] = [
		['statement', s.id],
		['partner', s.partnerName],
		['community', s.communityName],
		['period', `${s.periodStart}..${s.periodEnd}`],
		['points_per_yuan', s.pointsPerYuan],
		['total_points', s.points],
		['total_amount', formatYuan(s.cents)],
		['status', s.status],
		[],
		['used_at', 'voucher_code', 'offer', 'points']
	];
	for (const l of lines) rows.push([l.usedAt.toISOString(), l.code, l.offerTitle, l.points]);
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** 'YYYY-MM-DD HH:mm' in China time, without depending on the server's time zone. */
export function chinaMinute(at: Date): string {
	return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The statement as a PDF in the reader's language, Chinese first: partner and community by name,
 * the rate, the total and every redemption with its offer. The text is drawn in Noto Sans SC and
 * only the glyphs used are embedded (see documents/pdf-writer.ts).
 */
export async function statementPdf(
	s: Statement,
	lines: readonly StatementLineRow[],
	locale: Locale
): Promise<Uint8Array> {
	const t = translator(locale);
	const writer = await PdfWriter.create(t('settlement.pdf.statementTitle', { id: s.id }));
	const flow = new PdfFlow(writer);
	await flow.line(t('settlement.pdf.statementTitle', { id: s.id }), 18);
	flow.space(4);
	await flow.line(t('settlement.pdf.partner', { name: s.partnerName }));
	await flow.line(t('settlement.pdf.community', { name: s.communityName }));
	await flow.line(t('settlement.pdf.period', { start: s.periodStart, end: s.periodEnd }));
	await flow.line(t('settlement.pdf.rate', { points: s.pointsPerYuan }));
	await flow.line(t('settlement.pdf.total', { points: s.points, money: formatYuan(s.cents) }), 14);
	await flow.line(
		t('settlement.pdf.status', { status: t(`redemption.statement.status.${s.status}`) })
	);
	if (s.paymentReference) {
		await flow.line(t('settlement.pdf.reference', { reference: s.paymentReference }));
	}
	if (s.ledgerTransferId) await flow.line(t('settlement.pdf.receipt', { id: s.ledgerTransferId }));
	flow.space(8);
	const columns = (usedAt: string, code: string, offer: string, points: string): Cell[] => [
		{ text: usedAt, x: 50, width: 125 },
		{ text: code, x: 180, width: 75 },
		{ text: offer, x: 260, width: 220 },
		{ text: points, x: 485, width: 60, align: 'right' }
	];
	await flow.row(
		columns(
			t('settlement.pdf.colUsedAt'),
			t('settlement.pdf.colCode'),
			t('settlement.pdf.colOffer'),
			t('settlement.pdf.colPoints')
		)
	);
	flow.rule();
	for (const l of lines) {
		await flow.row(columns(chinaMinute(l.usedAt), l.code, l.offerTitle, String(l.points)));
	}
	flow.rule();
	await flow.line(t('settlement.pdf.count', { count: lines.length }));
	return writer.save();
}
