import { defineMessages } from '../define';

/**
 * Drop-off photos and the lists they open from, grids and their statistics, and what the
 * committee and residents are told of join requests and bursts.
 */
export default defineMessages({
	'sorting.photo.open': { 'zh-CN': '看照片', en: 'See the photo' },
	'sorting.photo.alt': { 'zh-CN': '检查员拍的照片', en: 'Photo taken by the inspector' },
	'sorting.mine.note': { 'zh-CN': '检查员说：{note}', en: 'The inspector noted: {note}' },
	'sorting.review.title': { 'zh-CN': '投放记录', en: 'Drop-offs' },
	'sorting.review.day': { 'zh-CN': '日期', en: 'Day' },
	'sorting.review.filter': { 'zh-CN': '显示', en: 'Show' },
	'sorting.review.all': { 'zh-CN': '全部', en: 'All' },
	'sorting.review.incorrect': { 'zh-CN': '只看没分对的', en: 'Only the wrongly sorted' },
	'sorting.review.photo': { 'zh-CN': '只看有照片的', en: 'Only those with a photo' },
	'sorting.review.none': {
		'zh-CN': '这一天没有这样的记录。',
		en: 'Nothing like that on this day.'
	},
	'sorting.review.limit': {
		'zh-CN': '只显示最新的 {count} 条。想看更早的，请选“只看没分对的”或“只看有照片的”。',
		en: 'Only the newest {count} are shown. Pick “only the wrongly sorted” or “only those with a photo” to see others.'
	},
	'sorting.review.where': {
		'zh-CN': '{point} · {building} {unit} · 检查员 {inspector}',
		en: '{point} · {building} {unit} · inspector {inspector}'
	},
	'sorting.review.note': { 'zh-CN': '备注：{note}', en: 'Note: {note}' },
	'sorting.recorded.title': { 'zh-CN': '我记录的', en: 'What I recorded' },
	'sorting.recorded.hint': {
		'zh-CN': '最近 50 条。还没上传的在“分类检查”页面上。',
		en: 'The latest 50. Ones not sent yet are on the bin-checking page.'
	},
	'sorting.recorded.none': { 'zh-CN': '还没有记录。', en: 'Nothing recorded yet.' },
	'sorting.committee.review': { 'zh-CN': '投放记录', en: 'Drop-offs' },
	'sorting.committee.grids': { 'zh-CN': '网格统计', en: 'By grid' },
	'sorting.committee.requests': { 'zh-CN': '加入住户的申请', en: 'Requests to join a household' },
	'sorting.committee.noRequests': { 'zh-CN': '现在没有申请。', en: 'No requests now.' },
	'sorting.committee.findHousehold': {
		'zh-CN': '找住户（楼栋、房号或门牌卡号）',
		en: 'Find a household (building, flat or card number)'
	},
	'sorting.committee.noHouseholds': { 'zh-CN': '没有找到住户。', en: 'No household found.' },
	'sorting.committee.moreHouseholds': {
		'zh-CN': '只列出前 {count} 户，请在上面搜索。',
		en: 'Only the first {count} are listed; search above.'
	},
	'sorting.grid.label': { 'zh-CN': '网格', en: 'Grid' },
	'sorting.grid.none': { 'zh-CN': '未分网格', en: 'No grid' },
	'sorting.grid.community': { 'zh-CN': '全社区', en: 'Whole community' },
	'sorting.grid.change': { 'zh-CN': '改网格', en: 'Change grid' },
	'sorting.grid.of': { 'zh-CN': '网格：{grid}', en: 'Grid: {grid}' },
	'sorting.grid.noGrids': {
		'zh-CN': '这个社区还没有划分网格。网格由平台管理员在“地区管理”里添加。',
		en: 'This community has no grids yet. The platform admin adds them under places.'
	},
	'sorting.grid.totals': { 'zh-CN': '这段时间合计', en: 'Over the whole period' },
	'sorting.grid.perPeriod': { 'zh-CN': '每一段时间', en: 'Period by period' },
	'sorting.grid.weekOf': { 'zh-CN': '{day} 起的一周', en: 'Week of {day}' },
	'sorting.grid.monthOf': { 'zh-CN': '{month} 月', en: '{month}' },
	'sorting.grid.points': { 'zh-CN': '积分', en: 'Points' },
	'sorting.grid.participation': { 'zh-CN': '参与的户数', en: 'Households taking part' },
	'sorting.grid.participated': {
		'zh-CN': '{active}/{households} 户（{percent}）',
		en: '{active} of {households} ({percent})'
	},
	'sorting.grid.chart': {
		'zh-CN': '全社区每段时间的投放次数（柱）和正确率（线）',
		en: 'Whole community per period: drop-offs (bars) and accuracy (line)'
	},
	'sorting.grid.explain': {
		'zh-CN': '参与：这段时间至少投放过一次的住户，占这个网格住户的比例。',
		en: 'Taking part: households with at least one drop-off in the period, out of all in the grid.'
	},
	'sorting.grid.quiet': {
		'zh-CN': '另有 {count} 段时间没有投放，这里没列出（下载的表格里有）。',
		en: '{count} more periods had no drop-offs; they are left out here (the CSV has them).'
	},
	'sorting.join.invalid_grid': {
		'zh-CN': '这个网格不在本社区',
		en: 'That grid is not in this community'
	},
	'notify.sorting.burst': {
		'zh-CN': '检查员 {inspector} 在{point}记录得太快，多出来的记录没有算数。请去看看。',
		en: 'Inspector {inspector} recorded faster than anyone can check bags at {point}; the extra ones were refused. Please have a look.'
	},
	'notify.sorting.late': {
		'zh-CN': '检查员 {inspector} 在{point}补传了一批较早的记录（可能是断网时记的）。请去核对。',
		en: 'Inspector {inspector} sent a batch of older records at {point} (perhaps made offline). Please check them.'
	},
	'notify.sorting.join_request': {
		'zh-CN': '{name} 申请加入住户 {building} {unit}，请去审核。',
		en: '{name} asks to join the household at {building} {unit}. Please decide.'
	},
	'notify.sorting.join_approved': {
		'zh-CN': '您已加入住户 {building} {unit}。扔垃圾时出示“我的二维码”就能得积分。',
		en: 'You have joined the household at {building} {unit}. Show “My QR code” at the bins to earn points.'
	},
	'notify.sorting.join_declined': {
		'zh-CN': '您加入住户 {building} {unit} 的申请没有通过。有疑问请问居委会。',
		en: 'Your request to join the household at {building} {unit} was not accepted. Ask the committee if unsure.'
	}
});
