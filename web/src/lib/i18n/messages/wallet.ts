import { defineMessages } from '../define';

export default defineMessages({
	'nav.wallet': { 'zh-CN': '我的钱包', en: 'Wallet' },
	'nav.accounts': { 'zh-CN': '居民账户', en: 'Resident accounts' },

	'wallet.title': { 'zh-CN': '我的钱包', en: 'My wallet' },
	'wallet.intro': {
		'zh-CN': '这里可以看到您的服务时间和积分，每一笔都有记录。',
		en: 'Your service hours and points. Every entry is on record.'
	},
	'wallet.hours.title': { 'zh-CN': '服务时间', en: 'Service hours' },
	'wallet.points.title': { 'zh-CN': '积分', en: 'Points' },

	'wallet.amount.hm': { 'zh-CN': '{hours} 小时 {minutes} 分钟', en: '{hours} h {minutes} min' },
	'wallet.amount.h': { 'zh-CN': '{hours} 小时', en: '{hours} h' },
	'wallet.amount.m': { 'zh-CN': '{minutes} 分钟', en: '{minutes} min' },
	'wallet.amount.points': { 'zh-CN': '{points} 积分', en: '{points} points' },

	'wallet.balance.held': { 'zh-CN': '暂时预留', en: 'Set aside' },
	'wallet.balance.heldExplain': {
		'zh-CN': '兑换还没完成，这部分先留着，还没有扣。',
		en: 'Set aside for something not finished yet; not taken.'
	},
	'wallet.balance.available': { 'zh-CN': '现在可以用', en: 'You can use now' },
	'wallet.credit.explain': {
		'zh-CN': '您最多可以先用 {amount}，以后帮助别人再补上。',
		en: 'You can use up to {amount} before earning it, and make it up later by helping others.'
	},
	'wallet.credit.owing': {
		'zh-CN': '您已经先用了 {amount}，还可以再用 {left}。',
		en: 'You have used {amount} in advance; you can use {left} more.'
	},

	'wallet.history.title': { 'zh-CN': '收支记录', en: 'History' },
	'wallet.history.empty': { 'zh-CN': '还没有记录。', en: 'Nothing here yet.' },
	'wallet.history.emptyFiltered': {
		'zh-CN': '没有符合条件的记录，请换个条件看看。',
		en: 'Nothing matches these choices. Try others.'
	},
	'wallet.history.more': { 'zh-CN': '更多', en: 'More' },
	'wallet.history.newest': { 'zh-CN': '回到最新', en: 'Back to the newest' },

	'wallet.filter.title': { 'zh-CN': '只看一部分', en: 'Show only some' },
	'wallet.filter.asset': { 'zh-CN': '种类', en: 'Type' },
	'wallet.filter.asset.all': { 'zh-CN': '时间和积分', en: 'Hours and points' },
	'wallet.filter.asset.HOUR': { 'zh-CN': '服务时间', en: 'Service hours' },
	'wallet.filter.asset.POINT': { 'zh-CN': '积分', en: 'Points' },
	'wallet.filter.kind': { 'zh-CN': '事项', en: 'What' },
	'wallet.filter.kind.all': { 'zh-CN': '全部事项', en: 'Everything' },
	'wallet.filter.from': { 'zh-CN': '从哪天', en: 'From' },
	'wallet.filter.to': { 'zh-CN': '到哪天', en: 'Until' },
	'wallet.filter.submit': { 'zh-CN': '查看', en: 'Show' },
	'wallet.filter.reset': { 'zh-CN': '看全部', en: 'Show all' },
	'wallet.filter.error.date': {
		'zh-CN': '日期不对，请重新选一下。',
		en: 'This date is not valid. Please choose it again.'
	},
	'wallet.filter.error.range': {
		'zh-CN': '开始的日子要在结束的日子之前。',
		en: 'The first day must come before the last day.'
	},

	'wallet.entry.heldOut': {
		'zh-CN': '暂时预留，还没有扣',
		en: 'Set aside, not taken yet'
	},
	'wallet.entry.heldIn': { 'zh-CN': '等确认后到账', en: 'Arrives once confirmed' },
	'wallet.entry.holdCaptured': { 'zh-CN': '预留已用掉', en: 'Set-aside amount used' },
	'wallet.entry.holdVoided': { 'zh-CN': '预留已取消', en: 'Set-aside cancelled' },
	'wallet.entry.released': {
		'zh-CN': '预留取消，已经退回',
		en: 'Set-aside cancelled and returned'
	},
	'wallet.entry.reversed': { 'zh-CN': '这笔后来撤回了', en: 'Later reversed' },
	'wallet.entry.receipt': { 'zh-CN': '核对收据', en: 'Check receipt' },
	'wallet.entry.receiptLabel': {
		'zh-CN': '核对收据：{what}，{date}',
		en: 'Check the receipt: {what}, {date}'
	},

	'wallet.status.pending': { 'zh-CN': '正在登记', en: 'Being recorded' },
	'wallet.status.sealed': { 'zh-CN': '已存档', en: 'Sealed' },
	'wallet.status.anchored': { 'zh-CN': '已上链', en: 'Anchored' },

	'wallet.counterpart.hourIssuance': { 'zh-CN': '社区时间银行', en: 'Community time bank' },
	'wallet.counterpart.pointIssuance': { 'zh-CN': '社区积分', en: 'Community points' },
	'wallet.counterpart.pool': { 'zh-CN': '社区积分池', en: 'Community points pool' },
	'wallet.counterpart.carePool': { 'zh-CN': '爱心时间池', en: 'Care pool' },
	'wallet.counterpart.sponsor': { 'zh-CN': '赞助单位', en: 'Sponsor' },
	'wallet.counterpart.partner': { 'zh-CN': '合作商家', en: 'Partner business' },
	'wallet.counterpart.platform': { 'zh-CN': '平台结算', en: 'Platform settlement' },
	'wallet.counterpart.named': { 'zh-CN': '{name}', en: '{name}' },
	'wallet.counterpart.resident': { 'zh-CN': '邻居 {name}', en: 'Neighbour {name}' },
	'wallet.counterpart.someone': { 'zh-CN': '一位邻居', en: 'A neighbour' },
	'wallet.counterpart.other': { 'zh-CN': '其他账户', en: 'Another account' },

	'wallet.kind.volunteer.hours': { 'zh-CN': '志愿服务时间', en: 'Volunteering hours' },
	'wallet.kind.volunteer.points': { 'zh-CN': '志愿服务积分', en: 'Volunteering points' },
	'wallet.kind.mutual_aid': { 'zh-CN': '邻里互助', en: 'Neighbourly help' },
	'wallet.kind.sorting.reward': { 'zh-CN': '垃圾分类奖励', en: 'Waste-sorting reward' },
	'wallet.kind.council.vote': { 'zh-CN': '参加投票', en: 'Voting' },
	'wallet.kind.council.accepted': { 'zh-CN': '建议被受理', en: 'Proposal accepted' },
	'wallet.kind.council.passed': { 'zh-CN': '建议获得通过', en: 'Proposal passed' },
	'wallet.kind.redeem.hold': { 'zh-CN': '兑换服务', en: 'Redemption' },
	'wallet.kind.redeem.capture': { 'zh-CN': '兑换完成', en: 'Redemption completed' },
	'wallet.kind.redeem.void': { 'zh-CN': '兑换取消', en: 'Redemption cancelled' },
	'wallet.kind.donation.care_pool': { 'zh-CN': '捐给爱心时间池', en: 'Gift to the care pool' },
	'wallet.kind.donation.hold': { 'zh-CN': '赠送时间', en: 'Gift of hours' },
	'wallet.kind.donation.capture': { 'zh-CN': '赠送完成', en: 'Gift completed' },
	'wallet.kind.donation.void': { 'zh-CN': '赠送取消', en: 'Gift cancelled' },
	'wallet.kind.care_pool.grant': { 'zh-CN': '爱心时间补助', en: 'Care-pool grant' },
	'wallet.kind.sponsor.fund': { 'zh-CN': '赞助充值', en: 'Sponsorship' },
	'wallet.kind.settlement': { 'zh-CN': '商家结算', en: 'Partner settlement' },
	'wallet.kind.adjustment': { 'zh-CN': '人工调整', en: 'Adjustment' },
	'wallet.kind.reversal': { 'zh-CN': '更正（撤回一笔）', en: 'Correction (reversal)' },
	'wallet.kind.other': { 'zh-CN': '其他', en: 'Other' },

	'wallet.error.forbidden': {
		'zh-CN': '这位居民不在您负责的社区，不能查看。',
		en: 'This resident is not in a community you look after.'
	},
	'wallet.error.not_found': { 'zh-CN': '找不到这位居民。', en: 'This resident was not found.' },

	'wallet.committee.title': { 'zh-CN': '居民账户', en: 'Resident accounts' },
	'wallet.committee.intro': {
		'zh-CN': '查看您负责社区的居民钱包和社区账户。这里只能查看，不能修改。',
		en: 'Look at the wallets of residents and the accounts of your communities. View only.'
	},
	'wallet.committee.search': { 'zh-CN': '姓名或手机号', en: 'Name or phone number' },
	'wallet.committee.searchHint': {
		'zh-CN': '手机号要输入完整的 11 位。',
		en: 'Type the whole 11-digit phone number.'
	},
	'wallet.committee.searchSubmit': { 'zh-CN': '查找居民', en: 'Find residents' },
	'wallet.committee.results': { 'zh-CN': '找到 {count} 位居民', en: '{count} residents found' },
	'wallet.committee.noResults': {
		'zh-CN': '没有找到，请换个写法再试。',
		en: 'Nobody found. Try another spelling.'
	},
	'wallet.committee.view': { 'zh-CN': '查看钱包', en: 'View wallet' },
	// Names that begin with what the link or button shows, so a speech-input user can say it.
	'wallet.committee.accountLabel': {
		'zh-CN': '{amount}：{community}{account}的明细',
		en: '{amount}: what moved through {account} of {community}'
	},
	'wallet.committee.viewLabel': { 'zh-CN': '查看钱包：{name}', en: 'View wallet: {name}' },
	'wallet.committee.walletOf': { 'zh-CN': '{name} 的钱包', en: 'Wallet of {name}' },
	'wallet.committee.readOnly': {
		'zh-CN': '只能查看，不能修改。',
		en: 'View only: nothing can be changed here.'
	},
	'wallet.committee.back': { 'zh-CN': '返回居民账户', en: 'Back to resident accounts' },
	'wallet.committee.communities': { 'zh-CN': '社区账户', en: 'Community accounts' },
	'wallet.committee.noCommunities': {
		'zh-CN': '还没有社区账户。',
		en: 'No community accounts yet.'
	},
	'wallet.committee.notOpened': { 'zh-CN': '还没有开户', en: 'Not opened yet' },
	'wallet.committee.issuedTotal': {
		'zh-CN': '累计发放：{amount}',
		en: 'Issued in total: {amount}'
	},
	'wallet.committee.phone': { 'zh-CN': '手机', en: 'Phone' }
});
