import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../../../tests/helpers/pdf-text';
import { chinaMinute, statementCsv, statementPdf } from './statement-document';

const statement = {
	id: 7,
	partnerId: 3,
	communityId: 4,
	partnerName: '好运理发店',
	communityName: '花园社区',
	periodStart: '2026-03-01',
	periodEnd: '2026-03-31',
	points: 900,
	cents: 450,
	pointsPerYuan: 200,
	status: 'paid' as const,
	paymentReference: 'BANK-1',
	ledgerTransferId: '01900000-0000-7000-8000-000000000001'
};
const lines = [
	{
		voucherId: 'a',
		code: 'ABCD2345',
		offerTitle: '理发一次',
		points: 300,
		usedAt: new Date('2026-03-05T02:30:00Z')
	},
	{
		voucherId: 'b',
		code: 'EFGH6789',
		// 鱻 and 靐 are outside the main Chinese file: they come from a numbered slice.
		offerTitle: '鱻靐老师的修脚服务',
		points: 600,
		usedAt: new Date('2026-03-31T16:30:00Z')
	}
];

describe('statement PDF', () => {
	it('should carry Chinese labels, names and offers as real text for a Chinese reader', async () => {
		const pdf = await statementPdf(statement, lines, 'zh-CN');
		const { pages, fonts } = await pdfText(pdf);
		const text = pages.join('');
		for (const expected of [
			'邻里 积分结算单 #7',
			'商家：好运理发店',
			'社区：花园社区',
			'结算期：2026-03-01 至 2026-03-31（北京时间）',
			'比例：200 积分换 1 元',
			'合计：900 积分 = ¥4.50',
			'状态：已付款',
			'付款凭据：BANK-1',
			'使用时间（北京时间）',
			'2026-03-05 10:30',
			'ABCD2345',
			'理发一次',
			'鱻靐老师的修脚服务',
			'共 2 笔'
		]) {
			expect(text).toContain(expected);
		}
		expect(text).not.toContain('\uFFFD');
		expect(fonts.length).toBeGreaterThan(1);
		expect(fonts.every((f) => /^NotoSansSC/.test(f))).toBe(true);
	});

	it('should use English labels for an English reader, keeping the Chinese names', async () => {
		const { pages } = await pdfText(await statementPdf(statement, lines, 'en'));
		const text = pages.join('');
		expect(text).toContain('Linli settlement statement #7');
		expect(text).toContain('Partner: 好运理发店');
		expect(text).toContain('Total: 900 points = ¥4.50');
		expect(text).toContain('Status: Paid');
		expect(text).not.toContain('结算单');
	});

	it('should stay small: only the glyphs used are embedded', async () => {
		const pdf = await statementPdf(statement, lines, 'zh-CN');
		expect(pdf.byteLength).toBeLessThan(120_000);
	});

	it('should continue on a second page when the lines do not fit on one', async () => {
		const many = Array.from({ length: 60 }, (_, i) => ({ ...lines[0]!, voucherId: String(i) }));
		const { pages } = await pdfText(await statementPdf(statement, many, 'zh-CN'));
		expect(pages.length).toBe(2);
		expect(pages[1]).toContain('共 60 笔');
	});

	it('should show times in China time whatever the server zone', () => {
		expect(chinaMinute(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04-01 00:30');
	});
});

describe('statement CSV', () => {
	it('should open in a spreadsheet with the totals, then one line per redemption', () => {
		const csv = statementCsv(statement, [
			...lines,
			{ ...lines[0]!, voucherId: 'c', offerTitle: '修补衣服, "急"', points: 1 }
		]);
		// A byte-order mark, so Excel reads the Chinese as UTF-8; CRLF lines, as RFC 4180 says.
		expect(csv.startsWith('\uFEFFstatement,7\r\n')).toBe(true);
		const rows = csv.slice(1).split('\r\n');
		expect(rows).toContain('partner,好运理发店');
		expect(rows).toContain('total_amount,¥4.50');
		expect(rows).toContain('used_at,voucher_code,offer,points');
		expect(rows).toContain('2026-03-05T02:30:00.000Z,ABCD2345,理发一次,300');
		// A comma or quote in an offer's title stays inside its cell.
		expect(rows).toContain('2026-03-05T02:30:00.000Z,ABCD2345,"修补衣服, ""急""",1');
		expect(rows.at(-1)).toBe('');
	});
});
