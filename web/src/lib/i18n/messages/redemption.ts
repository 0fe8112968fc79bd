import { defineMessages } from '../define';

export default defineMessages({
	'nav.offers': { 'zh-CN': '积分兑换', en: 'Spend points' },
	'nav.vouchers': { 'zh-CN': '我的兑换券', en: 'My vouchers' },
	'nav.partner': { 'zh-CN': '商家工作台', en: 'Partner console' },
	'redemption.category.food': { 'zh-CN': '吃饭', en: 'Meals' },
	'redemption.category.groceries': { 'zh-CN': '日用品', en: 'Groceries' },
	'redemption.category.haircut': { 'zh-CN': '理发', en: 'Haircut' },
	'redemption.category.health': { 'zh-CN': '健康', en: 'Health' },
	'redemption.category.repair': { 'zh-CN': '维修', en: 'Repairs' },
	'redemption.category.housekeeping': { 'zh-CN': '家政', en: 'Housekeeping' },
	'redemption.category.other': { 'zh-CN': '其他', en: 'Other' },
	'redemption.category.all': { 'zh-CN': '全部', en: 'All' },
	'redemption.points': { 'zh-CN': '{points} 积分', en: '{points} points' },
	'redemption.available': {
		'zh-CN': '我现在可以用 {points} 积分',
		en: 'You can spend {points} points'
	},
	'redemption.offers.title': { 'zh-CN': '用积分换服务', en: 'Spend your points' },
	'redemption.offers.empty': {
		'zh-CN': '现在没有可以兑换的服务。',
		en: 'Nothing to redeem right now.'
	},
	'redemption.offers.filter': { 'zh-CN': '按类别看', en: 'Show category' },
	'redemption.offers.show': { 'zh-CN': '查看', en: 'Show' },
	'redemption.offers.noCommunity': {
		'zh-CN': '请先加入一个社区。',
		en: 'Please join a community first.'
	},
	'redemption.offer.by': { 'zh-CN': '商家：{name}', en: 'By {name}' },
	'redemption.offer.stockLeft': { 'zh-CN': '还剩 {count} 份', en: '{count} left' },
	'redemption.offer.limit': {
		'zh-CN': '每人每月最多 {count} 次',
		en: 'At most {count} a month per person'
	},
	'redemption.offer.validDays': {
		'zh-CN': '兑换券 {days} 天内有效',
		en: 'Voucher valid for {days} days'
	},
	'redemption.offer.redeem': { 'zh-CN': '确认兑换', en: 'Redeem now' },
	'redemption.offer.redeemHint': {
		'zh-CN': '确认后会先扣下积分，商家确认服务后才算用掉；没用可以退回。',
		en: 'Your points are set aside now and spent only when the shop confirms; cancel to get them back.'
	},
	'redemption.voucher.title': { 'zh-CN': '兑换券', en: 'Voucher' },
	'redemption.voucher.show': {
		'zh-CN': '到店时把这个码给店员看',
		en: 'Show this code at the shop'
	},
	'redemption.voucher.code': { 'zh-CN': '兑换码', en: 'Code' },
	'redemption.voucher.expires': { 'zh-CN': '有效期到 {date}', en: 'Valid until {date}' },
	'redemption.voucher.cancel': { 'zh-CN': '不用了，退回积分', en: 'Cancel and get points back' },
	'redemption.voucher.cancelled': {
		'zh-CN': '已退回积分。',
		en: 'Cancelled: your points are back.'
	},
	'redemption.voucher.status.pending': { 'zh-CN': '正在办理', en: 'Processing' },
	'redemption.voucher.status.issued': { 'zh-CN': '可以使用', en: 'Ready to use' },
	'redemption.voucher.status.used': { 'zh-CN': '已使用', en: 'Used' },
	'redemption.voucher.status.cancelled': { 'zh-CN': '已取消', en: 'Cancelled' },
	'redemption.voucher.status.expired': {
		'zh-CN': '已过期，积分已退回',
		en: 'Expired, points returned'
	},
	'redemption.voucher.status.failed': { 'zh-CN': '没有成功', en: 'Did not go through' },
	'redemption.vouchers.title': { 'zh-CN': '我的兑换券', en: 'My vouchers' },
	'redemption.vouchers.empty': { 'zh-CN': '还没有兑换券。', en: 'No vouchers yet.' },
	'redemption.error.offer_not_found': {
		'zh-CN': '找不到这项服务。',
		en: 'This offer does not exist.'
	},
	'redemption.error.offer_not_live': {
		'zh-CN': '这项服务现在不能兑换。',
		en: 'This offer cannot be redeemed now.'
	},
	'redemption.error.not_in_community': {
		'zh-CN': '这项服务不在您的社区提供。',
		en: 'This offer is not available in your community.'
	},
	'redemption.error.not_verified': {
		'zh-CN': '居委会审核通过后才能兑换。',
		en: 'You can redeem once the committee has verified you.'
	},
	'redemption.error.out_of_stock': { 'zh-CN': '已经换完了。', en: 'None left.' },
	'redemption.error.monthly_limit': {
		'zh-CN': '这个月您已经换够次数了。',
		en: 'You have reached this month’s limit.'
	},
	'redemption.error.insufficient_points': { 'zh-CN': '积分不够。', en: 'Not enough points.' },
	'redemption.error.ledger_refused': {
		'zh-CN': '积分账户暂时不能使用，积分没有扣。请稍后再试，或者问问居委会。',
		en: 'Your points account cannot be used right now; nothing was taken. Try again later or ask the committee.'
	},
	'redemption.error.voucher_not_found': { 'zh-CN': '找不到这张兑换券。', en: 'Voucher not found.' },
	'redemption.error.not_cancellable': {
		'zh-CN': '这张兑换券不能取消了。',
		en: 'This voucher can no longer be cancelled.'
	},
	'redemption.counter.noScanner': {
		'zh-CN': '这部手机不能扫码，请输入二维码下方的 8 位兑换码',
		en: 'This phone cannot scan; type the 8-character code under the QR'
	},
	'redemption.counter.title': { 'zh-CN': '收银台核销', en: 'Counter' },
	'redemption.counter.code': { 'zh-CN': '输入兑换码（8位）', en: 'Type the 8-character code' },
	'redemption.counter.check': { 'zh-CN': '查询', en: 'Check' },
	'redemption.counter.confirm': { 'zh-CN': '确认已服务', en: 'Confirm service' },
	'redemption.counter.resident': { 'zh-CN': '居民', en: 'Resident' },
	'redemption.counter.done': { 'zh-CN': '核销成功。', en: 'Confirmed.' },
	'redemption.counter.error.malformed': {
		'zh-CN': '兑换码不对，请再看一遍。',
		en: 'That is not a valid code; please check it.'
	},
	'redemption.counter.error.not_found': { 'zh-CN': '没有这张兑换券。', en: 'No such voucher.' },
	'redemption.counter.error.other_partner': {
		'zh-CN': '这是别家商户的兑换券。',
		en: 'This voucher belongs to another shop.'
	},
	'redemption.counter.error.already_used': {
		'zh-CN': '这张兑换券已经用过了。',
		en: 'This voucher has already been used.'
	},
	'redemption.counter.error.cancelled': {
		'zh-CN': '这张兑换券已取消。',
		en: 'This voucher was cancelled.'
	},
	'redemption.counter.error.expired': {
		'zh-CN': '这张兑换券已过期。',
		en: 'This voucher has expired.'
	},
	'redemption.apply.title': { 'zh-CN': '商家申请加入', en: 'Apply as a partner' },
	'redemption.apply.name': { 'zh-CN': '店名', en: 'Business name' },
	'redemption.apply.licence': { 'zh-CN': '营业执照号', en: 'Licence number' },
	'redemption.apply.contact': { 'zh-CN': '联系人', en: 'Contact person' },
	'redemption.apply.phone': { 'zh-CN': '联系电话', en: 'Contact phone' },
	'redemption.apply.address': { 'zh-CN': '地址', en: 'Address' },
	'redemption.apply.categories': { 'zh-CN': '服务类别', en: 'Categories' },
	'redemption.apply.communities': { 'zh-CN': '服务哪些社区', en: 'Communities served' },
	'redemption.apply.submit': { 'zh-CN': '提交申请', en: 'Submit application' },
	'redemption.apply.done': {
		'zh-CN': '申请已提交，居委会审核后会通知您。',
		en: 'Application sent; the committee will review it.'
	},
	'redemption.apply.error.licence_taken': {
		'zh-CN': '这个执照号已经申请过了。',
		en: 'This licence number has already applied.'
	},
	'redemption.apply.error.unknown_community': {
		'zh-CN': '请选择社区。',
		en: 'Please choose communities.'
	},
	'redemption.partner.title': { 'zh-CN': '商家工作台', en: 'Partner console' },
	'redemption.partner.none': {
		'zh-CN': '您还不是商家员工。',
		en: 'You do not work for a partner yet.'
	},
	'redemption.partner.apply': { 'zh-CN': '申请成为商家', en: 'Apply as a partner' },
	'redemption.partner.pending': {
		'zh-CN': '申请还在审核中。',
		en: 'Your application is being reviewed.'
	},
	'redemption.partner.offers': { 'zh-CN': '我的服务', en: 'Our offers' },
	'redemption.partner.newOffer': { 'zh-CN': '新建服务', en: 'New offer' },
	'redemption.partner.create': { 'zh-CN': '保存为草稿', en: 'Save as draft' },
	'redemption.partner.publish': { 'zh-CN': '上架', en: 'Publish' },
	'redemption.partner.pause': { 'zh-CN': '暂停', en: 'Pause' },
	'redemption.partner.end': { 'zh-CN': '下架', en: 'End' },
	'redemption.partner.staff': { 'zh-CN': '店员', en: 'Staff' },
	'redemption.partner.addStaff': { 'zh-CN': '添加店员', en: 'Add staff member' },
	'redemption.partner.staffPhone': { 'zh-CN': '店员手机号', en: "Staff member's mobile number" },
	'redemption.partner.remove': { 'zh-CN': '移除', en: 'Remove' },
	'redemption.partner.counter': { 'zh-CN': '去核销', en: 'Open the counter' },
	'redemption.partner.statements': { 'zh-CN': '结算单', en: 'Statements' },
	'redemption.partner.connect': { 'zh-CN': '开通 Stripe 收款', en: 'Set up Stripe payouts' },
	'redemption.partner.connected': { 'zh-CN': 'Stripe 收款已开通', en: 'Stripe payouts are on' },
	'redemption.partner.error.user_not_found': {
		'zh-CN': '没有这个手机号的用户。',
		en: 'No user with this phone.'
	},
	'redemption.partner.error.cannot_remove_self': {
		'zh-CN': '不能移除自己。',
		en: 'You cannot remove yourself.'
	},
	'redemption.partner.error.community_not_approved': {
		'zh-CN': '只能选已批准的社区。',
		en: 'Only approved communities.'
	},
	'redemption.partner.error.not_found': { 'zh-CN': '找不到这项服务。', en: 'Offer not found.' },
	'redemption.offer.status.draft': { 'zh-CN': '草稿', en: 'Draft' },
	'redemption.offer.status.live': { 'zh-CN': '已上架', en: 'Live' },
	'redemption.offer.status.paused': { 'zh-CN': '已暂停', en: 'Paused' },
	'redemption.offer.status.ended': { 'zh-CN': '已下架', en: 'Ended' },
	'redemption.form.title': { 'zh-CN': '服务名称', en: 'Title' },
	'redemption.form.description': { 'zh-CN': '说明', en: 'Description' },
	'redemption.form.category': { 'zh-CN': '类别', en: 'Category' },
	'redemption.form.price': { 'zh-CN': '需要多少积分', en: 'Price in points' },
	'redemption.form.stock': { 'zh-CN': '数量（不填为不限）', en: 'Stock (empty: unlimited)' },
	'redemption.form.limit': {
		'zh-CN': '每人每月次数（不填为不限）',
		en: 'Per person per month (empty: no limit)'
	},
	'redemption.form.from': { 'zh-CN': '开始日期（不填就是今天）', en: 'Valid from (empty: today)' },
	'redemption.form.until': { 'zh-CN': '截止日期', en: 'Valid until' },
	'redemption.form.untilBeforeFrom': {
		'zh-CN': '截止日期要在开始日期之后，也不能早于今天',
		en: 'The last day must come after the first, and not before today'
	},
	'redemption.form.noCommunities': {
		'zh-CN': '请至少选一个社区',
		en: 'Choose at least one community'
	},
	'redemption.form.days': { 'zh-CN': '兑换券有效天数', en: 'Voucher valid for (days)' },
	'redemption.statement.period': { 'zh-CN': '结算期', en: 'Period' },
	'redemption.statement.points': { 'zh-CN': '积分', en: 'Points' },
	'redemption.statement.amount': { 'zh-CN': '金额', en: 'Amount' },
	'redemption.statement.status': { 'zh-CN': '状态', en: 'Status' },
	'redemption.statement.status.draft': { 'zh-CN': '待审核', en: 'To approve' },
	'redemption.statement.status.approved': { 'zh-CN': '待付款', en: 'To pay' },
	'redemption.statement.status.paid': { 'zh-CN': '已付款', en: 'Paid' },
	'redemption.statement.csv': { 'zh-CN': '下载表格', en: 'Download CSV' },
	'redemption.statement.pdf': { 'zh-CN': '下载 PDF', en: 'Download PDF' },
	'redemption.statement.empty': { 'zh-CN': '还没有结算单。', en: 'No statements yet.' },
	'redemption.statement.lines': {
		'zh-CN': '查看明细（{count} 笔兑换）',
		en: 'Show the {count} redemptions'
	},
	'redemption.statement.receipt': { 'zh-CN': '账本凭证', en: 'Ledger receipt' },
	'redemption.committee.partners': { 'zh-CN': '商家审核', en: 'Partners' },
	'redemption.committee.settlements': { 'zh-CN': '结算', en: 'Settlements' },
	'redemption.committee.reconciliation': { 'zh-CN': '对账', en: 'Reconciliation' },
	'redemption.committee.noApplications': { 'zh-CN': '没有商家申请。', en: 'No applications.' },
	'redemption.committee.approve': { 'zh-CN': '批准', en: 'Approve' },
	'redemption.committee.reject': { 'zh-CN': '不批准', en: 'Reject' },
	'redemption.committee.reason': { 'zh-CN': '原因', en: 'Reason' },
	'redemption.committee.decided': { 'zh-CN': '已处理。', en: 'Done.' },
	'redemption.committee.generate': {
		'zh-CN': '生成结算单（到今天）',
		en: 'Make statements (to date)'
	},
	'redemption.committee.approveStatement': { 'zh-CN': '审核通过', en: 'Approve' },
	'redemption.committee.payManual': { 'zh-CN': '记为已付款', en: 'Mark as paid' },
	'redemption.committee.payStripe': { 'zh-CN': '通过 Stripe 付款', en: 'Pay through Stripe' },
	'redemption.committee.reference': { 'zh-CN': '转账凭证号', en: 'Payment reference' },
	'redemption.committee.done': { 'zh-CN': '操作成功。', en: 'Done.' },
	'redemption.committee.error.already_decided': {
		'zh-CN': '已经处理过了。',
		en: 'Already decided.'
	},
	'redemption.committee.error.not_found': { 'zh-CN': '找不到。', en: 'Not found.' },
	'redemption.committee.error.not_draft': {
		'zh-CN': '这张结算单已经审核过了。',
		en: 'Already approved.'
	},
	'redemption.committee.error.not_approved': {
		'zh-CN': '请先审核结算单。',
		en: 'Approve the statement first.'
	},
	'redemption.committee.error.already_paid': {
		'zh-CN': '这张结算单已经付过款了。',
		en: 'This statement is already paid.'
	},
	'redemption.committee.error.reference_required': {
		'zh-CN': '请填写转账凭证号。',
		en: 'Enter the payment reference.'
	},
	'redemption.committee.error.stripe_unavailable': {
		'zh-CN': '没有设置 Stripe，请手工付款。',
		en: 'Stripe is not set up; pay by hand.'
	},
	'redemption.committee.error.partner_not_connected': {
		'zh-CN': '商家还没开通 Stripe 收款。',
		en: 'The partner has not set up Stripe payouts.'
	},
	'redemption.committee.error.payment_failed': {
		'zh-CN': '付款没有成功，请稍后再试。',
		en: 'The payment failed; please try again later.'
	},
	'redemption.recon.partner': { 'zh-CN': '商家', en: 'Partner' },
	'redemption.recon.captured': {
		'zh-CN': '已核销（账本/兑换券）',
		en: 'Captured (ledger / vouchers)'
	},
	'redemption.recon.settled': {
		'zh-CN': '已结算（账本/结算单）',
		en: 'Settled (ledger / statements)'
	},
	'redemption.recon.receivable': {
		'zh-CN': '应付（账本/未付）',
		en: 'Receivable (ledger / unpaid)'
	},
	'redemption.recon.stripe': { 'zh-CN': '待 Stripe 确认', en: 'Awaiting Stripe' },
	'redemption.recon.paid': { 'zh-CN': '已付金额', en: 'Paid out' },
	'redemption.recon.statements': {
		'zh-CN': '对不上的结算单',
		en: 'Statements that do not add up'
	},
	'redemption.recon.ok': { 'zh-CN': '一致', en: 'Matches' },
	'redemption.recon.mismatch': { 'zh-CN': '不一致', en: 'Mismatch' },
	'redemption.sponsor.title': { 'zh-CN': '赞助社区积分', en: 'Sponsor a community' },
	'redemption.sponsor.intro': {
		'zh-CN': '企业和爱心人士可以为社区积分池出资，居民用积分换服务。',
		en: 'Companies and donors can fund a community’s points pool, which residents spend on services.'
	},
	'redemption.sponsor.name': { 'zh-CN': '赞助人或单位', en: 'Sponsor name' },
	'redemption.sponsor.email': { 'zh-CN': '电子邮箱（收据）', en: 'Email (for the receipt)' },
	'redemption.sponsor.amount': { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
	'redemption.sponsor.community': { 'zh-CN': '社区', en: 'Community' },
	'redemption.sponsor.pay': { 'zh-CN': '去付款', en: 'Pay' },
	'redemption.sponsor.unavailable': {
		'zh-CN': '现在不能在线赞助，请联系居委会。',
		en: 'Online sponsoring is not available; please contact the committee.'
	},
	'redemption.sponsor.thanks': {
		'zh-CN': '谢谢您的赞助！付款确认后积分会进入社区积分池。',
		en: 'Thank you! The points reach the pool once the payment is confirmed.'
	},
	'redemption.sponsor.error.stripe_unavailable': {
		'zh-CN': '现在不能在线赞助。',
		en: 'Online sponsoring is not available.'
	},
	'redemption.sponsor.error.unknown_community': {
		'zh-CN': '请选择社区。',
		en: 'Please choose a community.'
	},
	'redemption.sponsor.error.too_small': { 'zh-CN': '金额太小。', en: 'The amount is too small.' },
	'redemption.sponsor.error.payment_failed': {
		'zh-CN': '付款页面打不开，请稍后再试。',
		en: 'Could not open the payment page; try again later.'
	},
	'notify.voucher_used': {
		'zh-CN': '您在{partner}的兑换券“{offer}”已经用了，花了 {points} 积分。',
		en: 'Your voucher "{offer}" at {partner} was used: {points} points spent.'
	},
	'notify.voucher_expired': {
		'zh-CN': '兑换券“{offer}”过期没用，{points} 积分已经退回给您。',
		en: 'Your voucher "{offer}" expired unused: {points} points are back in your account.'
	},
	'notify.voucher_cancelled': {
		'zh-CN': '兑换券“{offer}”已经取消，{points} 积分已经退回给您。',
		en: 'Your voucher "{offer}" was cancelled: {points} points are back in your account.'
	},
	'redemption.photos.title': { 'zh-CN': '拍照留底（可不拍）', en: 'Photos (optional)' },
	'redemption.photos.label': {
		'zh-CN': '服务完成的照片或小票',
		en: 'A photo of the service done or of the receipt'
	},
	'redemption.photos.save': { 'zh-CN': '保存照片', en: 'Save photos' },
	'redemption.photos.saved': { 'zh-CN': '照片已保存。', en: 'Photos saved.' },
	'redemption.photos.alt': { 'zh-CN': '核销时拍的照片', en: 'Photo taken at the counter' },
	'redemption.photos.next': { 'zh-CN': '下一位顾客', en: 'Next customer' },
	'redemption.photos.ofVoucher': { 'zh-CN': '店员拍的照片', en: 'Photos from the shop' },
	'redemption.photos.error.voucher_not_found': {
		'zh-CN': '找不到这张兑换券。',
		en: 'This voucher was not found.'
	},
	'redemption.photos.error.not_used': {
		'zh-CN': '兑换券核销以后才能加照片。',
		en: 'Photos can be added once the voucher is used.'
	},
	'redemption.photos.error.too_many_photos': {
		'zh-CN': '每张兑换券最多 3 张照片。',
		en: 'At most 3 photos per voucher.'
	},
	'redemption.offer.photos': { 'zh-CN': '服务照片（可不传）', en: 'Offer photos (optional)' },
	'redemption.offer.photoAlt': { 'zh-CN': '“{title}”的照片', en: 'Photo of "{title}"' }
});
