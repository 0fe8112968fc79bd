import { defineMessages } from '../define';

export default defineMessages({
	'council.nav': { 'zh-CN': '议事厅', en: 'Council' },
	'council.error.not_found': { 'zh-CN': '没有找到', en: 'Not found' },
	'council.error.forbidden': { 'zh-CN': '您没有权限做这件事', en: 'You are not allowed to do this' },
	'council.error.not_verified': {
		'zh-CN': '您的账号还没有通过居委会审核，审核后才能参与',
		en: 'Your account is not verified yet; you can take part once the committee verifies it'
	},
	'council.error.wrong_community': {
		'zh-CN': '这件事属于别的社区，只有本社区居民可以参与',
		en: 'This belongs to another community; only its residents can take part'
	},
	'council.error.verified_after_opening': {
		'zh-CN': '投票开始后才通过审核的居民，这次不能投票',
		en: 'You were verified after this vote opened, so you cannot vote in it'
	},
	'council.error.invalid_transition': {
		'zh-CN': '提案现在的状态不能做这一步',
		en: 'The proposal is not at a stage where this can be done'
	},
	'council.error.not_editable': {
		'zh-CN': '提交后不能再改原文，可以写一条“补充说明”',
		en: 'After submission the text cannot change; add a visible amendment instead'
	},
	'council.error.support_below_threshold': {
		'zh-CN': '支持的人还不够；也可以由居委会决定直接投票',
		en: 'Not enough support yet; the committee can still decide to open the vote'
	},
	'council.error.already_supported': { 'zh-CN': '您已经支持过了', en: 'You already support this' },
	'council.error.already_reported': { 'zh-CN': '您已经举报过这条留言', en: 'You already reported this comment' },
	'council.error.already_rated': { 'zh-CN': '您已经评过分了', en: 'You already rated this' },
	'council.error.invalid_merge': {
		'zh-CN': '只能合并到本社区正在审核或讨论的另一个提案',
		en: 'A proposal can only be merged into another one of the same community under review or discussion'
	},
	'council.error.invalid_vote': {
		'zh-CN': '投票设置不对：是非投票选一个提案，多选投票和预算投票至少两个提案',
		en: 'The vote settings do not fit: yes/no takes one proposal, approval and budget votes at least two'
	},
	'council.error.invalid_window': {
		'zh-CN': '投票时间不对：结束时间要晚于开始时间，也要晚于现在',
		en: 'The voting window is wrong: it must end after it starts and in the future'
	},
	'council.error.vote_not_open': { 'zh-CN': '投票还没有开始', en: 'Voting has not started yet' },
	'council.error.vote_closed': { 'zh-CN': '投票已经结束', en: 'Voting has ended' },
	'council.error.already_voted': {
		'zh-CN': '您已经投过票了，每人只能投一次',
		en: 'You have already voted; everyone votes once'
	},
	'council.error.invalid_choice': { 'zh-CN': '请按要求选择', en: 'Please choose as asked' },
	'council.error.unknown_option': {
		'zh-CN': '选的提案不在这次投票里',
		en: 'You chose a proposal that is not in this vote'
	},
	'council.error.over_budget': {
		'zh-CN': '选的项目加起来超过了预算，请少选一些',
		en: 'The proposals you chose cost more than the budget; choose fewer'
	},
	'council.error.receipt_not_found': {
		'zh-CN': '没有找到这个回执码，请再核对一下',
		en: 'No ballot has this receipt code; please check it'
	},
	'council.error.invalid_receipt': {
		'zh-CN': '回执码是16位字母和数字，例如 7KQM-2XPD-9HTR-4WBN',
		en: 'A receipt code has 16 letters and digits, like 7KQM-2XPD-9HTR-4WBN'
	},
	'notify.council.accepted': {
		'zh-CN': '您的提案“{title}”已通过审核，进入讨论',
		en: 'Your proposal “{title}” was accepted for discussion'
	},
	'notify.council.rejected': {
		'zh-CN': '您的提案“{title}”没有通过审核，请查看原因',
		en: 'Your proposal “{title}” was not accepted; see the reason'
	},
	'notify.council.passed': { 'zh-CN': '提案“{title}”投票通过了', en: 'The proposal “{title}” passed' },
	'notify.council.failed': { 'zh-CN': '提案“{title}”投票没有通过', en: 'The proposal “{title}” did not pass' },
	'notify.council.progress': { 'zh-CN': '提案“{title}”有新进展', en: 'News on the proposal “{title}”' }
});
