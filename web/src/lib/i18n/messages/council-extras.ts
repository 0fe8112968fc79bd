import { defineMessages } from '../define';

/** The council's photos, draft editing, vote notices, result chart and merge picker. */
export default defineMessages({
	'council.error.too_many_images': {
		'zh-CN': '照片最多 4 张，请少放几张',
		en: 'At most 4 photos; please take some away'
	},
	'council.photos.label': {
		'zh-CN': '照片（可不放，最多 4 张）',
		en: 'Photos (optional, up to 4)'
	},
	'council.photos.title': { 'zh-CN': '照片', en: 'Photos' },
	'council.photos.open': {
		'zh-CN': '看大图：第 {n} 张，共 {count} 张',
		en: 'Open photo {n} of {count}'
	},
	'council.photos.viewer': { 'zh-CN': '看照片', en: 'Photo viewer' },
	'council.photos.previous': { 'zh-CN': '上一张', en: 'Previous' },
	'council.photos.next': { 'zh-CN': '下一张', en: 'Next' },
	'council.photos.close': { 'zh-CN': '关闭', en: 'Close' },
	'council.photos.position': { 'zh-CN': '第 {n} 张，共 {count} 张', en: 'Photo {n} of {count}' },
	'council.photos.keep': {
		'zh-CN': '现在的照片（勾选的会删掉）',
		en: 'Current photos (ticked ones are removed)'
	},
	'council.photos.remove': { 'zh-CN': '删掉第 {n} 张', en: 'Remove photo {n}' },
	'council.edit.title': { 'zh-CN': '修改草稿', en: 'Edit draft' },
	'council.edit.intro': {
		'zh-CN': '草稿只有您自己能看到。改好后可以先保存，也可以直接提交给居委会审核。',
		en: 'Only you can see a draft. Save your changes, or send it to the committee for review.'
	},
	'council.edit.link': { 'zh-CN': '修改草稿', en: 'Edit draft' },
	'council.edit.save': { 'zh-CN': '保存草稿', en: 'Save draft' },
	'council.edit.saveAndSubmit': { 'zh-CN': '保存并提交审核', en: 'Save and send for review' },
	'council.edit.saved': { 'zh-CN': '草稿已保存', en: 'Draft saved' },
	'council.edit.notEditable': {
		'zh-CN': '提交以后不能再改，只能在提案页面补充说明',
		en: 'After submitting, a proposal can only be changed by a visible amendment on its page'
	},
	'council.mine.drafts': { 'zh-CN': '我的草稿', en: 'My drafts' },
	'notify.council.vote_opened': {
		'zh-CN': '新的投票开始了：“{title}”，请在截止前投票',
		en: 'A vote has opened: “{title}”. Please vote before it closes'
	},
	'notify.council.voting': {
		'zh-CN': '您的提案“{title}”交给居民投票了',
		en: 'Your proposal “{title}” has gone to a vote'
	},
	'notify.council.merged': {
		'zh-CN': '您的提案“{title}”和“{into}”内容相同，已经合并，请到那里继续讨论',
		en: 'Your proposal “{title}” was merged into “{into}”; the discussion continues there'
	},
	'notify.council.comment_hidden': {
		'zh-CN': '您在提案“{title}”下的留言被居委会隐藏了，原因：{reason}',
		en: 'The committee hid your comment on “{title}”. Reason: {reason}'
	},
	'council.chart.value': { 'zh-CN': '{votes} 票（{percent}）', en: '{votes} votes ({percent})' },
	'council.chart.ofTurnout': {
		'zh-CN': '百分比按投票人数 {turnout} 人计算',
		en: 'Percentages are of the {turnout} people who voted'
	},
	'council.support.needed': {
		'zh-CN': '已有 {count} 人支持，再有 {missing} 人支持，居委会就可以组织投票',
		en: '{count} supporters so far; with {missing} more the committee can put it to a vote'
	},
	'council.support.enough': {
		'zh-CN': '已有 {count} 人支持，够了，居委会可以组织投票',
		en: '{count} supporters: enough for the committee to put it to a vote'
	},
	'council.merge.pick': { 'zh-CN': '合并到哪个提案', en: 'Merge into which proposal' },
	'council.merge.search': { 'zh-CN': '按标题或编号查找', en: 'Search by title or number' },
	'council.merge.option': { 'zh-CN': '#{id} {title}（{state}）', en: '#{id} {title} ({state})' },
	'council.merge.none': {
		'zh-CN': '本社区没有可以合并的其他提案',
		en: 'No other proposal of this community can take it'
	},
	'council.merge.choose': { 'zh-CN': '请选择…', en: 'Choose…' }
});
