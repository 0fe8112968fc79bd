import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../../tests/helpers/pdf-text';
import { voucherPdf } from './voucher-document';

const voucher = {
	code: 'ABCD2345',
	offerTitle: '上门理发一次',
	partnerName: '好运理发店',
	points: 300,
	expiresAt: new Date('2026-03-24T02:00:00Z')
};

describe('voucher PDF', () => {
	it('should print the code, offer, shop and expiry with Chinese instructions', async () => {
		const pdf = await voucherPdf(voucher, 'zh-CN');
		const { pages, fonts } = await pdfText(pdf);
		expect(pages).toHaveLength(1);
		for (const expected of [
			'邻里 积分兑换券',
			'上门理发一次',
			'商家：好运理发店',
			'用了 300 积分',
			'兑换码：ABCD 2345',
			'有效期到：2026-03-24 10:00（北京时间）',
			'到店时把这张纸给店员看'
		]) {
			expect(pages[0]).toContain(expected);
		}
		expect(fonts.every((f) => /^NotoSansSC/.test(f))).toBe(true);
		expect(pdf.byteLength).toBeLessThan(60_000);
	});

	it('should print English instructions for an English reader', async () => {
		const { pages } = await pdfText(await voucherPdf(voucher, 'en'));
		expect(pages[0]).toContain('Code: ABCD 2345');
		expect(pages[0]).toContain('Show this page at the shop');
		expect(pages[0]).toContain('上门理发一次');
	});
});
