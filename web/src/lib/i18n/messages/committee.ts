import { defineMessages } from '../define';

export default defineMessages({
	'committee.title': { 'zh-CN': '居委会工作台', en: 'Committee console' },
	'committee.nav.pending': { 'zh-CN': '待审核居民', en: 'Residents to verify' },
	'committee.nav.invitations': { 'zh-CN': '邀请码', en: 'Invitation codes' },
	'committee.pending.title': { 'zh-CN': '待审核的居民', en: 'Residents waiting for verification' },
	'committee.pending.count': { 'zh-CN': '共 {count} 人等待审核', en: '{count} waiting' },
	'committee.pending.empty': {
		'zh-CN': '现在没有需要审核的居民。',
		en: 'Nobody is waiting for verification right now.'
	},
	'committee.pending.phone': { 'zh-CN': '手机', en: 'Phone' },
	'committee.pending.registered': { 'zh-CN': '注册日期', en: 'Registered' },
	'committee.pending.community': { 'zh-CN': '社区', en: 'Community' },
	'committee.approve': { 'zh-CN': '通过', en: 'Approve' },
	'committee.approveLabel': { 'zh-CN': '通过 {name} 的审核', en: 'Approve {name}' },
	'committee.reject': { 'zh-CN': '不通过', en: 'Reject' },
	'committee.rejectLabel': { 'zh-CN': '不通过 {name} 的审核', en: 'Reject {name}' },
	'committee.reason': {
		'zh-CN': '不通过的原因（居民会看到）',
		en: 'Reason (the resident will see it)'
	},
	'committee.approved': { 'zh-CN': '已通过 {name} 的审核', en: '{name} is now verified' },
	'committee.rejected': { 'zh-CN': '已告知 {name} 审核没有通过', en: '{name} was rejected' },
	'committee.error.not_found': { 'zh-CN': '没有找到这位居民', en: 'This resident was not found' },
	'committee.error.forbidden': {
		'zh-CN': '这位居民不在您负责的社区',
		en: 'This resident is not in a community you look after'
	},
	'committee.error.already_decided': {
		'zh-CN': '这位居民已经由其他工作人员审核过了',
		en: 'Another staff member has already decided on this resident'
	},
	'committee.error.reason_required': {
		'zh-CN': '请写下不通过的原因',
		en: 'Please give a reason for the rejection'
	},
	'committee.error.reason_too_long': {
		'zh-CN': '原因请写在 200 个字以内',
		en: 'Please keep the reason under 200 characters'
	},
	'committee.invite.title': { 'zh-CN': '邀请码', en: 'Invitation codes' },
	'committee.invite.intro': {
		'zh-CN': '居民注册时填写邀请码，就不用再等审核。请把邀请码当面交给居民本人。',
		en: 'A resident who registers with a code is verified at once. Hand codes to residents in person.'
	},
	'committee.invite.community': { 'zh-CN': '社区', en: 'Community' },
	'committee.invite.maxUses': { 'zh-CN': '可以用几次', en: 'How many people can use it' },
	'committee.invite.validDays': { 'zh-CN': '有效天数', en: 'Valid for (days)' },
	'committee.invite.create': { 'zh-CN': '生成邀请码', en: 'Create code' },
	'committee.invite.created': { 'zh-CN': '新的邀请码：{code}', en: 'New code: {code}' },
	'committee.invite.active': { 'zh-CN': '还能使用的邀请码', en: 'Codes still in use' },
	'committee.invite.none': { 'zh-CN': '还没有邀请码。', en: 'No codes yet.' },
	'committee.invite.usage': {
		'zh-CN': '已用 {uses} / {max} 次，{date} 前有效',
		en: 'Used {uses} of {max}, valid until {date}'
	},
	'committee.invite.revoke': { 'zh-CN': '作废', en: 'Withdraw' },
	'committee.invite.revokeLabel': { 'zh-CN': '作废邀请码 {code}', en: 'Withdraw code {code}' },
	'committee.invite.revoked': { 'zh-CN': '邀请码已作废', en: 'The code was withdrawn' },
	'committee.invite.error.not_found': { 'zh-CN': '没有找到这个社区或邀请码', en: 'Not found' },
	'committee.invite.error.not_a_community': {
		'zh-CN': '请选择一个社区',
		en: 'Please choose a community'
	},
	'committee.invite.error.forbidden': {
		'zh-CN': '您不能为这个社区发邀请码',
		en: 'You cannot invite people to this community'
	},
	'committee.invite.error.bad_limits': {
		'zh-CN': '次数请填 1 到 50，天数请填 1 到 90',
		en: 'Uses must be 1–50 and days 1–90'
	}
});
