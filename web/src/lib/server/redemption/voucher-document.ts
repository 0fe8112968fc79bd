import { rgb } from 'pdf-lib';
import { encode } from 'uqr';
import { formatVoucherCode } from '../../domain/redemption/voucher-code';
import { translator, type Locale } from '../../i18n';
import { A4, MARGIN, PdfWriter } from '../documents/pdf-writer';
import { chinaMinute } from './statement-document';
import type { VoucherRow } from './vouchers.repository';

type Voucher = Pick<VoucherRow, 'code' | 'offerTitle' | 'partnerName' | 'points' | 'expiresAt'>;

const QR_SIZE = 220;

/**
 * A voucher to print, for a resident who would rather hand the shop a sheet of paper than a
 * phone: the QR code (drawn as squares, so it is sharp at any zoom and costs a few kilobytes),
 * the code in large letters, the offer, the shop and the expiry, in the reader's language.
 */
export async function voucherPdf(v: Voucher, locale: Locale): Promise<Uint8Array> {
	const t = translator(locale);
	const writer = await PdfWriter.create(`${t('settlement.pdf.voucherTitle')} ${v.code}`);
	const page = writer.doc.addPage(A4);
	let y = A4[1] - MARGIN - 16;
	const line = async (text: string, size: number, gap = 10) => {
		const fitted = await writer.fit(text, size, A4[0] - 2 * MARGIN);
		await writer.draw(page, fitted, MARGIN, y, size);
		y -= size + gap;
	};
	await line(t('settlement.pdf.voucherTitle'), 16, 16);
	await line(v.offerTitle, 26, 12);
	await line(t('settlement.pdf.voucherPartner', { name: v.partnerName }), 14);
	await line(t('settlement.pdf.voucherPoints', { points: v.points }), 14, 20);

	const qr = encode(v.code, { border: 2 });
	const cell = QR_SIZE / qr.size;
	const top = y;
	qr.data.forEach((row, r) =>
		row.forEach((dark, c) => {
			if (!dark) return;
			page.drawRectangle({
				x: MARGIN + c * cell,
				y: top - (r + 1) * cell,
				width: cell,
				height: cell,
				color: rgb(0, 0, 0)
			});
		})
	);
	y = top - QR_SIZE - 36;
	await line(t('settlement.pdf.voucherCode', { code: formatVoucherCode(v.code) }), 28, 16);
	await line(t('settlement.pdf.voucherExpires', { date: chinaMinute(v.expiresAt) }), 14, 20);
	await line(t('settlement.pdf.voucherShow'), 13);
	await line(t('settlement.pdf.voucherOnce'), 13);
	return writer.save();
}
