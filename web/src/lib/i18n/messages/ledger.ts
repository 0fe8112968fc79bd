import { defineMessages } from '../define';

export default defineMessages({
	'ledger.error.amount': {
		'zh-CN': '数量要是大于零的整数。',
		en: 'The amount must be a whole number above zero.'
	},
	'ledger.error.sameAccount': {
		'zh-CN': '不能转给自己的同一个账户。',
		en: 'You cannot transfer to the same account.'
	},
	'ledger.error.assetMismatch': {
		'zh-CN': '时间和积分不能混着转。',
		en: 'Hours and points cannot be mixed in one transfer.'
	},
	'ledger.error.accountNotFound': {
		'zh-CN': '找不到这个账户。',
		en: 'This account was not found.'
	},
	'ledger.error.accountExists': {
		'zh-CN': '这个账户已经有了。',
		en: 'This account already exists.'
	},
	'ledger.error.invalidFloor': {
		'zh-CN': '透支额度设置不对。',
		en: 'The credit limit is not valid.'
	},
	'ledger.error.exceedsFloor': {
		'zh-CN': '余额不够。',
		en: 'There is not enough balance.'
	},
	'ledger.error.holdNotFound': {
		'zh-CN': '找不到这笔预留。',
		en: 'This reservation was not found.'
	},
	'ledger.error.holdCaptured': {
		'zh-CN': '这笔已经用过了。',
		en: 'This has already been used.'
	},
	'ledger.error.holdVoided': {
		'zh-CN': '这笔已经取消了，积分已退回。',
		en: 'This was cancelled and the points were returned.'
	},
	'ledger.error.holdExpired': {
		'zh-CN': '已经过期了。',
		en: 'This has expired.'
	},
	'ledger.error.expiry': {
		'zh-CN': '到期时间要在以后。',
		en: 'The expiry time must be in the future.'
	},
	'ledger.error.captureExceedsHold': {
		'zh-CN': '不能超过预留的数量。',
		en: 'You cannot take more than was reserved.'
	},
	'ledger.error.transferNotFound': {
		'zh-CN': '找不到这笔记录。',
		en: 'This transfer was not found.'
	},
	'ledger.error.cannotReverse': {
		'zh-CN': '这笔记录不能撤回。',
		en: 'This transfer cannot be reversed.'
	},
	'ledger.error.alreadyReversed': {
		'zh-CN': '这笔记录已经撤回了。',
		en: 'This transfer has already been reversed.'
	},
	'ledger.error.duplicate': {
		'zh-CN': '这个操作已经提交过，内容不一样。请刷新后再试。',
		en: 'This action was already sent with different details. Please refresh and try again.'
	},
	'ledger.error.invalidRequest': {
		'zh-CN': '信息不完整，请再试一次。',
		en: 'Some information is missing. Please try again.'
	},
	'notify.ledger.audit_journal': {
		'zh-CN':
			'夜间账本核查没有通过：账本日志在 {where} 处对不上（{problem}），可能有人绕过系统改了记录。请和管理员一起用 npm run ledger:verify 查明。',
		en: 'The nightly ledger check failed: the journal does not match at {where} ({problem}); a record may have been changed behind the ledger. Please look into it with the administrator (npm run ledger:verify).'
	},
	'notify.ledger.audit_balances': {
		'zh-CN':
			'夜间账本核查没有通过：{where} 的余额和它的流水合计不一致，可能有人绕过系统改了余额。请和管理员一起用 npm run ledger:verify 查明。',
		en: 'The nightly ledger check failed: the balance of {where} is not the sum of its movements; it may have been changed behind the ledger. Please look into it with the administrator (npm run ledger:verify).'
	},
	'notify.ledger.audit_tallies': {
		'zh-CN':
			'夜间账本核查没有通过：{where} 的计票和上链记录对不上（{problem}）。请和管理员一起用 npm run ledger:verify 查明。',
		en: 'The nightly ledger check failed: the count of {where} does not match its ledger record ({problem}). Please look into it with the administrator (npm run ledger:verify).'
	}
});
