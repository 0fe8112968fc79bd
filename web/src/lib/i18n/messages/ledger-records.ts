import { defineMessages } from '../define';

/** Typed ledger records (a closed vote's tally) on the results page and on /verify. */
export default defineMessages({
	'journal.verify.failure.record_mismatch': {
		'zh-CN': '这张收据的内容不是这条记录的。',
		en: 'This receipt holds another record.'
	},
	'records.tally.receipt': {
		'zh-CN': '到“核对记录”页核对账本上的计票结果',
		en: 'Check the tally on the ledger'
	},
	'records.verify.tallyTitle': {
		'zh-CN': '这是第 {vote} 号投票的计票结果',
		en: 'This is the tally of vote {vote}'
	},
	'records.verify.tallyTurnout': {
		'zh-CN': '{turnout} 人投了票，有投票资格的共 {eligible} 人。',
		en: '{turnout} of {eligible} eligible residents voted.'
	},
	'records.verify.tallyAnswers': {
		'zh-CN': '同意 {yes} 票，反对 {no} 票，弃权 {abstain} 票。',
		en: '{yes} yes, {no} no, {abstain} abstained.'
	},
	'records.verify.tallyOption': {
		'zh-CN': '第 {proposal} 号提议：{votes} 票',
		en: 'Proposal {proposal}: {votes} votes'
	},
	'records.verify.tallyClosed': {
		'zh-CN': '投票结束时间：{time}',
		en: 'Voting closed: {time}'
	},
	'records.verify.tallyListHash': {
		'zh-CN': '全部选票名单的指纹',
		en: 'Fingerprint of the full ballot list'
	}
});
