import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { formatYuan } from '../../domain/redemption/settlement';
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

/**
 * The PDF uses Helvetica, one of the 14 fonts every PDF reader has, so the file stays a few KB.
 * Helvetica cannot draw Chinese, and embedding a CJK font would add megabytes to every download,
 * so the PDF carries English labels and ids (partner, community, voucher codes) and the CSV
 * carries the Chinese names. Any character outside Latin-1 is shown as '?'.
 */
export async function statementPdf(
	s: Statement,
	lines: readonly StatementLineRow[]
): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const font = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	const latin = (text: string) => text.replace(/[^\x20-\x7e]/g, '?');
	let page = doc.addPage([595, 842]);
	let y = 800;
	const write = (text: string, options: { bold?: boolean; size?: number } = {}) => {
		if (y < 50) {
			page = doc.addPage([595, 842]);
			y = 800;
		}
		page.drawText(latin(text), {
			x: 50,
			y,
			size: options.size ?? 10,
			font: options.bold ? bold : font,
			color: rgb(0, 0, 0)
		});
		y -= (options.size ?? 10) + 6;
	};
	write(`Linli settlement statement #${s.id}`, { bold: true, size: 16 });
	write(`Partner #${s.partnerId}   Community #${s.communityId}`);
	write(`Period ${s.periodStart} to ${s.periodEnd} (China time)`);
	write(`Rate ${s.pointsPerYuan} points = CNY 1.00, rounded half up on the total`);
	write(`Total ${s.points} points = ${formatYuan(s.cents).replace('¥', 'CNY ')}`, { bold: true });
	write(
		`Status ${s.status}${s.paymentReference ? `, payment reference ${s.paymentReference}` : ''}`
	);
	if (s.ledgerTransferId) write(`Ledger receipt ${s.ledgerTransferId}`);
	y -= 8;
	write('Used at (UTC)              Voucher     Points', { bold: true });
	for (const l of lines) {
		write(
			`${l.usedAt.toISOString().slice(0, 19).replace('T', ' ')}        ${l.code}    ${l.points}`
		);
	}
	doc.setTitle(`Linli statement ${s.id}`);
	return doc.save();
}
