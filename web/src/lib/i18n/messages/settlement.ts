import { defineMessages } from '../define';

/** The committee's redemption settings and the downloadable statement and voucher documents. */
export default defineMessages({
	'settlement.settings.nav': { 'zh-CN': '积分换钱', en: 'Points rate' },
	'settlement.settings.title': {
		'zh-CN': '积分换钱的比例和结算时间',
		en: 'Points-to-money rate and settlement period'
	},
	'settlement.settings.community': { 'zh-CN': '社区', en: 'Community' },
	'settlement.settings.show': { 'zh-CN': '查看', en: 'Show' },
	'settlement.settings.none': {
		'zh-CN': '您没有可以设置的社区。',
		en: 'There is no community you can set this for.'
	},
	'settlement.settings.current': {
		'zh-CN': '现在：{points} 积分换 1 元，{period}结算一次。',
		en: 'Now: {points} points make ¥1, settled {period}.'
	},
	'settlement.settings.defaults': {
		'zh-CN': '这是默认设置，还没有人改过。',
		en: 'These are the defaults; nobody has changed them yet.'
	},
	'settlement.settings.changedAt': { 'zh-CN': '上次修改：{date}', en: 'Last changed: {date}' },
	'settlement.settings.rate': { 'zh-CN': '多少积分换 1 元', en: 'Points that make ¥1' },
	'settlement.settings.rateHint': {
		'zh-CN': '填整数，1 到 10000。比如填 100，就是 100 积分换 1 元。',
		en: 'A whole number from 1 to 10,000. For example 100 means 100 points make ¥1.'
	},
	'settlement.settings.period': { 'zh-CN': '多久结算一次', en: 'How often partners are paid' },
	'settlement.settings.period.weekly': { 'zh-CN': '每周', en: 'Weekly' },
	'settlement.settings.period.monthly': { 'zh-CN': '每月', en: 'Monthly' },
	'settlement.settings.every.weekly': { 'zh-CN': '每周', en: 'weekly' },
	'settlement.settings.every.monthly': { 'zh-CN': '每月', en: 'monthly' },
	'settlement.settings.periodHint.weekly': {
		'zh-CN': '周一到周日算一周',
		en: 'Monday to Sunday'
	},
	'settlement.settings.periodHint.monthly': {
		'zh-CN': '每月 1 号到月底',
		en: 'From the 1st to the end of the month'
	},
	'settlement.settings.example': {
		'zh-CN': '按这个比例，商家能拿到：',
		en: 'At this rate a partner is paid:'
	},
	'settlement.settings.exampleLine': {
		'zh-CN': '{points} 积分 → {money}',
		en: '{points} points → {money}'
	},
	'settlement.settings.exampleInvalid': {
		'zh-CN': '请先填一个 1 到 10000 的整数。',
		en: 'Enter a whole number from 1 to 10,000 first.'
	},
	'settlement.settings.futureOnly': {
		'zh-CN': '改了以后，只有新出的结算单按新比例算；已经出的结算单不会变。',
		en: 'A change applies to statements made from now on; statements already made stay as they are.'
	},
	'settlement.settings.unsettled': {
		'zh-CN':
			'现在还有 {count} 张用过的兑换券没出结算单（共 {points} 积分），保存后它们也按新比例算。想按旧比例算，请先去“结算”页出结算单。',
		en: '{count} used vouchers ({points} points) are not on a statement yet; after saving they are paid at the new rate too. To pay them at the old rate, make their statement first on the settlements page.'
	},
	'settlement.settings.save': { 'zh-CN': '保存', en: 'Save' },
	'settlement.settings.saved': {
		'zh-CN': '已保存。以后的结算单按 {points} 积分换 1 元算，{period}结算一次。',
		en: 'Saved. Statements from now on use {points} points = ¥1, settled {period}.'
	},
	'settlement.settings.error.rate_invalid': {
		'zh-CN': '请填 1 到 10000 之间的整数。',
		en: 'Enter a whole number from 1 to 10,000.'
	},
	'settlement.settings.error.period_invalid': {
		'zh-CN': '请选每周或每月。',
		en: 'Choose weekly or monthly.'
	},
	'settlement.settings.error.not_found': {
		'zh-CN': '找不到这个社区。',
		en: 'This community does not exist.'
	},
	'settlement.settings.error.forbidden': {
		'zh-CN': '您不能修改这个社区的设置。',
		en: 'You may not change the settings of this community.'
	},
	'settlement.pdf.statementTitle': {
		'zh-CN': '邻里 积分结算单 #{id}',
		en: 'Linli settlement statement #{id}'
	},
	'settlement.pdf.partner': { 'zh-CN': '商家：{name}', en: 'Partner: {name}' },
	'settlement.pdf.community': { 'zh-CN': '社区：{name}', en: 'Community: {name}' },
	'settlement.pdf.period': {
		'zh-CN': '结算期：{start} 至 {end}（北京时间）',
		en: 'Period: {start} to {end} (China time)'
	},
	'settlement.pdf.rate': {
		'zh-CN': '比例：{points} 积分换 1 元，合计金额四舍五入到分',
		en: 'Rate: {points} points make ¥1, the total rounded to the nearest fen'
	},
	'settlement.pdf.total': {
		'zh-CN': '合计：{points} 积分 = {money}',
		en: 'Total: {points} points = {money}'
	},
	'settlement.pdf.status': { 'zh-CN': '状态：{status}', en: 'Status: {status}' },
	'settlement.pdf.reference': {
		'zh-CN': '付款凭据：{reference}',
		en: 'Payment reference: {reference}'
	},
	'settlement.pdf.receipt': { 'zh-CN': '账本回执：{id}', en: 'Ledger receipt: {id}' },
	'settlement.pdf.colUsedAt': { 'zh-CN': '使用时间（北京时间）', en: 'Used at (China time)' },
	'settlement.pdf.colCode': { 'zh-CN': '兑换码', en: 'Voucher' },
	'settlement.pdf.colOffer': { 'zh-CN': '服务', en: 'Offer' },
	'settlement.pdf.colPoints': { 'zh-CN': '积分', en: 'Points' },
	'settlement.pdf.count': { 'zh-CN': '共 {count} 笔', en: '{count} redemptions' },
	'settlement.pdf.voucherTitle': { 'zh-CN': '邻里 积分兑换券', en: 'Linli voucher' },
	'settlement.pdf.voucherPartner': { 'zh-CN': '商家：{name}', en: 'Partner: {name}' },
	'settlement.pdf.voucherPoints': {
		'zh-CN': '用了 {points} 积分',
		en: 'Paid with {points} points'
	},
	'settlement.pdf.voucherCode': { 'zh-CN': '兑换码：{code}', en: 'Code: {code}' },
	'settlement.pdf.voucherExpires': {
		'zh-CN': '有效期到：{date}（北京时间）',
		en: 'Valid until {date} (China time)'
	},
	'settlement.pdf.voucherShow': {
		'zh-CN': '到店时把这张纸给店员看，店员扫码或输入兑换码。',
		en: 'Show this page at the shop; the staff scan the code or type it in.'
	},
	'settlement.pdf.voucherOnce': {
		'zh-CN': '只能用一次。不想用了，可以在“我的兑换券”里退回积分。',
		en: 'It can be used once. To get your points back, cancel it under "My vouchers".'
	},
	'settlement.pdf.voucherDownload': { 'zh-CN': '打印兑换券（PDF）', en: 'Print the voucher (PDF)' }
});
