import { defineMessages } from '../define';

export default defineMessages({
	// Rate limits
	'oversight.rateLimited.title': { 'zh-CN': '操作太频繁了', en: 'Too many attempts' },
	'oversight.rateLimited.body': {
		'zh-CN': '为了保护您的账户，请等 {seconds} 秒后再试。',
		en: 'To keep your account safe, please wait {seconds} seconds and try again.'
	},
	// Unmasking a personal field
	'oversight.unmask.open': { 'zh-CN': '查看完整号码', en: 'See the full number' },
	'oversight.unmask.openLabel': {
		'zh-CN': '查看完整号码：{name}',
		en: 'See the full number: {name}'
	},
	'oversight.unmask.title': { 'zh-CN': '查看完整信息', en: 'See the full details' },
	'oversight.unmask.intro': {
		'zh-CN': '查看会被记录下来。请写明为什么要看。',
		en: 'Looking is recorded. Please say why you need it.'
	},
	'oversight.unmask.reason': { 'zh-CN': '查看原因', en: 'Reason' },
	'oversight.unmask.submit': { 'zh-CN': '查看', en: 'Show' },
	'oversight.unmask.field.phone': { 'zh-CN': '手机号', en: 'Phone number' },
	'oversight.unmask.field.address': { 'zh-CN': '住址', en: 'Address' },
	'oversight.unmask.field.idNumber': { 'zh-CN': '身份证号', en: 'ID card number' },
	'oversight.unmask.openIdNumber': { 'zh-CN': '查看完整身份证号', en: 'See the full ID number' },
	'oversight.unmask.openIdNumberLabel': {
		'zh-CN': '查看{name}的完整身份证号',
		en: 'See the full ID number of {name}'
	},
	'oversight.unmask.once': {
		'zh-CN': '只显示这一次，离开本页后就看不到了。',
		en: 'Shown this once only; it is gone when you leave this page.'
	},
	'oversight.unmask.empty': { 'zh-CN': '没有填写', en: 'Not given' },
	'oversight.unmask.back': { 'zh-CN': '返回', en: 'Back' },
	'oversight.unmask.noPerson': {
		'zh-CN': '请从审核名单或居民查询里选择要查看的人。',
		en: 'Choose the person from the verification list or the resident search.'
	},
	'oversight.unmask.error.reason_required': {
		'zh-CN': '请写明查看原因',
		en: 'Please give a reason'
	},
	'oversight.unmask.error.reason_too_long': {
		'zh-CN': '原因最多 200 个字',
		en: 'The reason can be at most 200 characters'
	},
	'oversight.unmask.error.not_found': { 'zh-CN': '找不到这个人', en: 'No such person' },
	'oversight.unmask.error.forbidden': {
		'zh-CN': '您不能查看这个人的信息',
		en: 'You may not see this person’s details'
	},
	// Two-factor sign-in
	'oversight.2fa.title': { 'zh-CN': '两步验证', en: 'Two-step verification' },
	'oversight.2fa.intro': {
		'zh-CN': '工作人员登录时还要输入验证器应用里的 6 位数字。',
		en: 'Staff sign in with the 6-digit code from their authenticator app as well.'
	},
	'oversight.2fa.code': { 'zh-CN': '6 位验证码', en: '6-digit code' },
	'oversight.2fa.codeHint': {
		'zh-CN': '打开验证器应用，输入“邻里”下面显示的数字。',
		en: 'Open your authenticator app and type the number shown under “Linli”.'
	},
	'oversight.2fa.submit': { 'zh-CN': '验证', en: 'Verify' },
	'oversight.2fa.useRecovery': {
		'zh-CN': '手机不在身边？输入一个备用码',
		en: 'No phone with you? Type a recovery code'
	},
	'oversight.2fa.recoveryCode': { 'zh-CN': '备用码', en: 'Recovery code' },
	'oversight.2fa.wrongCode': {
		'zh-CN': '验证码不对或已过期，请看一下应用里最新的数字。',
		en: 'That code is wrong or has expired. Please use the newest number in the app.'
	},
	'oversight.2fa.setupTitle': { 'zh-CN': '开启两步验证', en: 'Turn on two-step verification' },
	'oversight.2fa.setupIntro': {
		'zh-CN':
			'您有工作人员权限，需要开启两步验证。请用验证器应用（如 Google Authenticator 或 Microsoft Authenticator）扫描下面的二维码，然后输入应用显示的 6 位数字。',
		en: 'You hold a staff role, so two-step verification is required. Scan the QR code below with an authenticator app, then type the 6-digit number it shows.'
	},
	'oversight.2fa.manualKey': {
		'zh-CN': '不能扫码？在应用里手动输入这个密钥：',
		en: 'Cannot scan? Type this key into the app:'
	},
	'oversight.2fa.qrAlt': {
		'zh-CN': '用验证器应用扫描的二维码',
		en: 'QR code to scan with an authenticator app'
	},
	'oversight.2fa.enable': { 'zh-CN': '开启', en: 'Turn on' },
	'oversight.2fa.recoveryTitle': { 'zh-CN': '请保存您的备用码', en: 'Keep your recovery codes' },
	'oversight.2fa.recoveryIntro': {
		'zh-CN':
			'手机丢了也能用这些备用码登录，每个只能用一次。请抄下来放在安全的地方，这些码只显示这一次。',
		en: 'If you lose your phone you can sign in with one of these codes, each once. Write them down and keep them safe: they are shown only now.'
	},
	'oversight.2fa.continue': { 'zh-CN': '我已保存，继续', en: 'I have saved them, continue' },
	'oversight.2fa.enabled': { 'zh-CN': '两步验证已开启', en: 'Two-step verification is on' },
	'oversight.2fa.notEnabled': {
		'zh-CN': '两步验证还没有开启',
		en: 'Two-step verification is not on yet'
	},
	'oversight.2fa.remaining': {
		'zh-CN': '还剩 {count} 个备用码',
		en: '{count} recovery codes left'
	},
	'oversight.2fa.regenerate': { 'zh-CN': '重新生成备用码', en: 'Make new recovery codes' },
	'oversight.security.title': { 'zh-CN': '账户安全', en: 'Account security' },
	// Audit log
	'oversight.audit.title': { 'zh-CN': '操作记录', en: 'Audit log' },
	'oversight.audit.intro': {
		'zh-CN': '工作人员的每一次操作都记在这里，不能修改也不能删除。',
		en: 'Every staff action is recorded here. Entries can never be changed or deleted.'
	},
	'oversight.ledgerCheck.title': { 'zh-CN': '账本夜间核查', en: 'Nightly ledger check' },
	'oversight.ledgerCheck.never': {
		'zh-CN': '还没有运行过。每天凌晨 3:17 自动核对整本账：日志、每个账户的余额和每次表决的计票。',
		en: 'Not run yet. Every night at 03:17 the whole ledger is checked: the journal, every account’s balance and every vote’s count.'
	},
	'oversight.ledgerCheck.passed': {
		'zh-CN':
			'最近一次（{when}）通过：{entries} 条日志、{accounts} 个账户、{votes} 次表决都核对无误。',
		en: 'Last run ({when}) passed: {entries} journal entries, {accounts} accounts and {votes} votes all check out.'
	},
	'oversight.ledgerCheck.failed': {
		'zh-CN':
			'最近一次（{when}）没有通过：{where} 对不上（{problem}）。请和管理员一起用 npm run ledger:verify 查明。',
		en: 'Last run ({when}) failed: {where} does not match ({problem}). Please look into it with the administrator (npm run ledger:verify).'
	},
	'oversight.audit.action': { 'zh-CN': '操作', en: 'Action' },
	'oversight.audit.actor': { 'zh-CN': '操作人', en: 'Done by' },
	'oversight.audit.actorId': { 'zh-CN': '操作人编号', en: 'Actor id' },
	'oversight.audit.target': { 'zh-CN': '对象', en: 'Target' },
	'oversight.audit.when': { 'zh-CN': '时间', en: 'When' },
	'oversight.audit.from': { 'zh-CN': '开始日期', en: 'From' },
	'oversight.audit.to': { 'zh-CN': '结束日期', en: 'To' },
	'oversight.audit.reason': { 'zh-CN': '理由', en: 'Reason' },
	'oversight.audit.change': { 'zh-CN': '改动', en: 'Change' },
	'oversight.audit.ip': { 'zh-CN': 'IP 地址', en: 'IP address' },
	'oversight.audit.any': { 'zh-CN': '全部', en: 'All' },
	'oversight.audit.filter': { 'zh-CN': '筛选', en: 'Filter' },
	'oversight.audit.csv': { 'zh-CN': '下载表格（CSV）', en: 'Download (CSV)' },
	'oversight.audit.empty': { 'zh-CN': '没有符合条件的记录。', en: 'No entries match.' },
	'oversight.audit.more': { 'zh-CN': '更早的记录', en: 'Older entries' },
	'oversight.audit.system': { 'zh-CN': '系统', en: 'System' },
	// Masking
	'oversight.mask.reveal': { 'zh-CN': '查看完整信息', en: 'Show in full' },
	'oversight.mask.reason': {
		'zh-CN': '为什么要查看？（会被记录）',
		en: 'Why do you need it? (This is recorded)'
	},
	'oversight.mask.reasonRequired': {
		'zh-CN': '请写明查看的理由。',
		en: 'Please give a reason.'
	},
	// Dashboards
	'oversight.dash.title': { 'zh-CN': '数据看板', en: 'Dashboard' },
	'oversight.dash.area': { 'zh-CN': '范围', en: 'Area' },
	'oversight.dash.days': { 'zh-CN': '最近天数', en: 'Last days' },
	'oversight.dash.show': { 'zh-CN': '查看', en: 'Show' },
	'oversight.dash.residents': { 'zh-CN': '居民人数', en: 'Residents' },
	'oversight.dash.verified': { 'zh-CN': '已审核居民', en: 'Verified residents' },
	'oversight.dash.volunteers': {
		'zh-CN': '活跃志愿者（30 天）',
		en: 'Active volunteers (30 days)'
	},
	'oversight.dash.hoursServed': { 'zh-CN': '服务时长（小时）', en: 'Hours served' },
	'oversight.dash.hoursOutstanding': {
		'zh-CN': '居民账户里的时长（小时）',
		en: 'Hours held by residents'
	},
	'oversight.dash.pointsIssued': { 'zh-CN': '发放积分', en: 'Points issued' },
	'oversight.dash.pointsRedeemed': { 'zh-CN': '兑换积分', en: 'Points redeemed' },
	'oversight.dash.partners': { 'zh-CN': '合作商家', en: 'Partners' },
	'oversight.dash.ballots': { 'zh-CN': '议事投票人次', en: 'Council ballots cast' },
	'oversight.dash.sortingAccuracy': {
		'zh-CN': '垃圾分对的比例（%）',
		en: 'Sorting accuracy (%)'
	},
	'oversight.dash.dropoffs': { 'zh-CN': '投放次数', en: 'Drop-offs' },
	'oversight.dash.statementsApproved': { 'zh-CN': '审核通过的结算单', en: 'Statements approved' },
	'oversight.dash.statementsPaid': { 'zh-CN': '已付款的结算单', en: 'Statements paid' },
	'oversight.dash.settledYuan': { 'zh-CN': '已结算金额（元）', en: 'Amount settled (yuan)' },
	'oversight.dash.statementsPending': { 'zh-CN': '还没付款的结算单', en: 'Statements unpaid' },
	'oversight.dash.pendingYuan': { 'zh-CN': '待付款金额（元）', en: 'Amount to pay (yuan)' },
	'oversight.dash.proposals': { 'zh-CN': '议题（按状态）', en: 'Proposals by state' },
	'oversight.dash.byCommunity': { 'zh-CN': '各社区', en: 'By community' },
	'oversight.dash.community': { 'zh-CN': '社区', en: 'Community' },
	'oversight.dash.overTime': { 'zh-CN': '每天变化', en: 'Day by day' },
	'oversight.dash.day': { 'zh-CN': '日期', en: 'Day' },
	'oversight.dash.csv': { 'zh-CN': '下载表格（CSV）', en: 'Download (CSV)' },
	'oversight.dash.refreshed': { 'zh-CN': '数据更新于 {time}', en: 'Figures as of {time}' },
	'oversight.dash.noData': {
		'zh-CN': '还没有统计数据，稍后再来看看。',
		en: 'No figures yet. Please look again later.'
	},
	// Personal data
	'oversight.data.title': { 'zh-CN': '我的个人信息', en: 'My personal data' },
	'oversight.data.intro': {
		'zh-CN': '您可以下载我们保存的关于您的全部信息，也可以注销账户。',
		en: 'You can download everything we hold about you, or delete your account.'
	},
	'oversight.data.json': { 'zh-CN': '下载全部信息（JSON）', en: 'Download everything (JSON)' },
	'oversight.data.csv': { 'zh-CN': '下载记录表格（CSV）', en: 'Download records (CSV)' },
	'oversight.data.deleteTitle': { 'zh-CN': '注销账户', en: 'Delete my account' },
	'oversight.data.deleteIntro': {
		'zh-CN':
			'注销后，您的姓名、手机号、邮箱和地址都会被删除，账户不能再登录。为了账本可以核对，过去的时长和积分记录会保留，但不再和您的名字关联。账户里剩下的时长和积分也会作废。',
		en: 'Deleting erases your name, phone, e-mail and address, and the account can no longer sign in. Past hour and point records stay so the ledger still adds up, but no longer name you. Any hours and points left are given up.'
	},
	'oversight.data.password': { 'zh-CN': '请输入密码确认', en: 'Type your password to confirm' },
	'oversight.data.confirm': {
		'zh-CN': '我明白注销后不能恢复',
		en: 'I understand this cannot be undone'
	},
	'oversight.data.delete': { 'zh-CN': '注销我的账户', en: 'Delete my account' },
	'oversight.data.wrongPassword': { 'zh-CN': '密码不对。', en: 'That password is wrong.' },
	'oversight.data.mustConfirm': {
		'zh-CN': '请勾选确认框。',
		en: 'Please tick the box to confirm.'
	},
	'oversight.data.staffCannotDelete': {
		'zh-CN': '您还有工作人员权限，请先请管理员收回，再注销账户。',
		en: 'You still hold a staff role. Ask an administrator to remove it first.'
	},
	'oversight.data.deleted': {
		'zh-CN': '您的账户已注销。谢谢您曾经的参与。',
		en: 'Your account has been deleted. Thank you for taking part.'
	},
	'oversight.data.deletedName': { 'zh-CN': '已注销用户', en: 'Deleted account' }
});
