import { defineMessages } from '../define';

export default defineMessages({
	'nav.sorting': { 'zh-CN': '垃圾分类', en: 'Waste sorting' },
	'nav.sortingRecord': { 'zh-CN': '分类检查', en: 'Check bins' },
	'sorting.category.food': { 'zh-CN': '厨余垃圾', en: 'Food waste' },
	'sorting.category.recyclable': { 'zh-CN': '可回收物', en: 'Recyclable' },
	'sorting.category.hazardous': { 'zh-CN': '有害垃圾', en: 'Hazardous' },
	'sorting.category.residual': { 'zh-CN': '其他垃圾', en: 'Residual' },
	'sorting.reason.awarded': {
		'zh-CN': '分得对，加 {points} 分',
		en: 'Well sorted: +{points} points'
	},
	'sorting.reason.partly_capped': {
		'zh-CN': '分得对，加 {points} 分（今天的积分到上限了）',
		en: 'Well sorted: +{points} points (today’s limit reached)'
	},
	'sorting.reason.capped': {
		'zh-CN': '分得对，已记下。这户今天的积分已满，不再加分',
		en: 'Well sorted and recorded. This household has reached today’s points limit'
	},
	'sorting.reason.incorrect': {
		'zh-CN': '没分对，已记下，不扣分',
		en: 'Not sorted right: recorded, nothing taken away'
	},
	'sorting.reason.no_points': {
		'zh-CN': '分得对，已记下（这类不加分）',
		en: 'Well sorted and recorded (no points for this bin)'
	},
	'sorting.error.invalid_request': {
		'zh-CN': '信息不完整，请重试',
		en: 'Something was missing; please try again'
	},
	'sorting.error.unknown_code': {
		'zh-CN': '看不懂这个码，请重新扫码或输入门牌卡号',
		en: 'That is not a resident code or card number'
	},
	'sorting.error.code_malformed': {
		'zh-CN': '码的格式不对',
		en: 'The code is not in the right form'
	},
	'sorting.error.code_expired': {
		'zh-CN': '二维码过期了，请居民刷新后再扫',
		en: 'The code has expired; ask the resident to refresh it'
	},
	'sorting.error.code_invalid': { 'zh-CN': '这个码不对', en: 'This code is not valid' },
	'sorting.error.unknown_card': {
		'zh-CN': '没有这个门牌卡号',
		en: 'No household has this card number'
	},
	'sorting.error.no_household': {
		'zh-CN': '这位居民还没有登记住户，请找居委会登记',
		en: 'This resident is not in a household yet; the committee can add them'
	},
	'sorting.error.resident_not_verified': {
		'zh-CN': '这位居民还没通过社区审核',
		en: 'This resident has not been verified yet'
	},
	'sorting.error.outside_community': {
		'zh-CN': '这位居民不住在本社区',
		en: 'This resident lives in another community'
	},
	'sorting.error.point_not_found': {
		'zh-CN': '找不到这个投放点',
		en: 'Collection point not found'
	},
	'sorting.error.not_assigned': {
		'zh-CN': '您不是这个投放点的检查员',
		en: 'You are not an inspector at this collection point'
	},
	'sorting.error.category_not_accepted': {
		'zh-CN': '这个投放点没有这类垃圾桶',
		en: 'This collection point has no bin for that'
	},
	'sorting.error.point_closed': {
		'zh-CN': '现在不是这个投放点的开放时间',
		en: 'The collection point is closed at this time'
	},
	'sorting.error.recorded_in_future': {
		'zh-CN': '手机时间不对，请校准时间',
		en: 'The phone’s clock is wrong; please set it'
	},
	'sorting.error.recorded_too_long_ago': {
		'zh-CN': '这条记录太久了（超过3天），不能再提交',
		en: 'This record is more than 3 days old and can no longer be sent'
	},
	'sorting.error.too_fast': {
		'zh-CN': '记录太快了，请慢一点。居委会会看到提醒',
		en: 'Too fast to be real sorting; please slow down. The committee is told'
	},
	'sorting.error.duplicate_id': {
		'zh-CN': '这条记录已经由别人提交过',
		en: 'This record was already sent by someone else'
	},
	'sorting.error.duplicate_dropoff': {
		'zh-CN': '这袋刚才已经记过了（同一户、同一类、2 分钟内），没有重复加分',
		en: 'This bag was just recorded (same household and bin, within 2 minutes); no points twice'
	},
	'sorting.record.title': { 'zh-CN': '分类检查', en: 'Check the bins' },
	'sorting.record.point': { 'zh-CN': '投放点', en: 'Collection point' },
	'sorting.record.noPoints': {
		'zh-CN': '您还没有被安排到投放点，请联系居委会。',
		en: 'You are not assigned to a collection point yet; ask the committee.'
	},
	'sorting.record.who': {
		'zh-CN': '1. 扫居民码或输入门牌卡号',
		en: '1. Scan the resident’s code or type the card number'
	},
	'sorting.record.whoLabel': { 'zh-CN': '居民码或门牌卡号', en: 'Resident code or card number' },
	'sorting.record.category': { 'zh-CN': '2. 选垃圾类别', en: '2. Pick the bin' },
	'sorting.record.verdict': { 'zh-CN': '3. 分对了吗？', en: '3. Sorted right?' },
	'sorting.record.correct': { 'zh-CN': '✓ 分对了', en: '✓ Correct' },
	'sorting.record.incorrect': { 'zh-CN': '✗ 没分对', en: '✗ Not correct' },
	'sorting.record.note': { 'zh-CN': '备注（可不填）', en: 'Note (optional)' },
	'sorting.record.photo': { 'zh-CN': '拍照（可不拍）', en: 'Photo (optional)' },
	'sorting.record.more': { 'zh-CN': '加备注或照片', en: 'Add a note or photo' },
	'sorting.record.queued': {
		'zh-CN': '网络不好，已存在手机里，有网时自动上传（{count} 条待传）',
		en: 'No connection: saved on this phone and sent when online ({count} waiting)'
	},
	'sorting.record.pending': { 'zh-CN': '待上传：{count} 条', en: 'Waiting to send: {count}' },
	'sorting.record.keptWithoutPhotos': {
		'zh-CN': '手机存储快满了：待上传的记录已经存好，但照片只在这个页面里，上传前请别关闭页面。',
		en: 'The phone’s storage is nearly full: the waiting records are saved, but their photos are only in this page. Keep it open until they are sent.'
	},
	'sorting.record.keptPageOnly': {
		'zh-CN': '这台手机存不下待上传的记录，上传前请别关闭或刷新这个页面。',
		en: 'This phone cannot save the waiting records: keep this page open, without reloading, until they are sent.'
	},
	'sorting.record.syncNow': { 'zh-CN': '现在上传', en: 'Send now' },
	'sorting.record.recent': { 'zh-CN': '刚才的记录', en: 'Just recorded' },
	'sorting.record.missingWho': {
		'zh-CN': '请先扫码或输入卡号',
		en: 'Scan a code or type a card number first'
	},
	'sorting.record.missingCategory': { 'zh-CN': '请先选垃圾类别', en: 'Pick the bin first' },
	'sorting.record.sending': { 'zh-CN': '正在上传…', en: 'Sending…' },
	'sorting.record.noScanner': {
		'zh-CN': '这部手机不能扫码，请输入居民码下方的数字',
		en: 'This phone cannot scan; type the digits under the code'
	},
	'sorting.mine.title': { 'zh-CN': '垃圾分类', en: 'Waste sorting' },
	'sorting.mine.household': {
		'zh-CN': '我家：{building} {unit}',
		en: 'My household: {building} {unit}'
	},
	'sorting.mine.noHousehold': {
		'zh-CN': '您还没有登记住户。输入门牌卡号，申请加入您家：',
		en: 'You are not in a household yet. Type your household card number to ask to join:'
	},
	'sorting.mine.card': { 'zh-CN': '门牌卡号', en: 'Household card number' },
	'sorting.mine.join': { 'zh-CN': '申请加入', en: 'Ask to join' },
	'sorting.mine.joinSent': {
		'zh-CN': '申请已交给居委会，请等待审核',
		en: 'Sent to the committee; please wait for their answer'
	},
	'sorting.mine.joinPending': {
		'zh-CN': '您的加入申请正在等待审核',
		en: 'Your request to join is waiting'
	},
	'sorting.mine.accuracy': {
		'zh-CN': '最近30天：投放 {total} 次，分对 {correct} 次，正确率 {percent}%',
		en: 'Last 30 days: {total} drop-offs, {correct} right, {percent}% accuracy'
	},
	'sorting.mine.today': {
		'zh-CN': '今天我家得了 {points} 分（每天最多 {cap} 分）',
		en: 'Today: {points} points for the household (at most {cap} a day)'
	},
	'sorting.mine.history': { 'zh-CN': '投放记录', en: 'Drop-offs' },
	'sorting.mine.none': { 'zh-CN': '还没有投放记录。', en: 'No drop-offs yet.' },
	'sorting.mine.myCode': { 'zh-CN': '我的二维码', en: 'My QR code' },
	'sorting.mine.guide': { 'zh-CN': '分类指南：什么扔哪里', en: 'Guide: what goes where' },
	'sorting.mine.right': { 'zh-CN': '分对', en: 'right' },
	'sorting.mine.wrong': { 'zh-CN': '没分对', en: 'not right' },
	'sorting.mine.points': { 'zh-CN': '+{points} 分', en: '+{points} points' },
	'sorting.mycode.title': { 'zh-CN': '我的二维码', en: 'My QR code' },
	'sorting.mycode.hint': {
		'zh-CN': '扔垃圾时给检查员扫一下。码每15秒会换，截图没有用。',
		en: 'Show this to the inspector at the bin. It changes every 15 seconds, so a screenshot will not work.'
	},
	'sorting.mycode.digits': {
		'zh-CN': '扫不了时，请念这串数字：',
		en: 'If scanning fails, read out these digits:'
	},
	'sorting.mycode.refresh': { 'zh-CN': '刷新', en: 'Refresh' },
	'sorting.guide.title': { 'zh-CN': '分类指南：什么扔哪里', en: 'What goes where' },
	'sorting.guide.search': { 'zh-CN': '搜一搜（如：电池）', en: 'Search (e.g. battery)' },
	'sorting.guide.find': { 'zh-CN': '查找', en: 'Find' },
	'sorting.guide.none': {
		'zh-CN': '没找到，可以问检查员。',
		en: 'Nothing found; ask the inspector.'
	},
	'sorting.committee.title': { 'zh-CN': '垃圾分类管理', en: 'Waste sorting' },
	'sorting.committee.stats': { 'zh-CN': '统计', en: 'Statistics' },
	'sorting.committee.points': { 'zh-CN': '投放点和检查员', en: 'Collection points and inspectors' },
	'sorting.committee.households': { 'zh-CN': '住户', en: 'Households' },
	'sorting.committee.guide': { 'zh-CN': '分类指南', en: 'Sorting guide' },
	'sorting.committee.community': { 'zh-CN': '社区', en: 'Community' },
	'sorting.committee.show': { 'zh-CN': '查看', en: 'Show' },
	'sorting.committee.from': { 'zh-CN': '从', en: 'From' },
	'sorting.committee.to': { 'zh-CN': '到', en: 'To' },
	'sorting.committee.period': { 'zh-CN': '按', en: 'Group by' },
	'sorting.committee.byDay': { 'zh-CN': '天', en: 'Day' },
	'sorting.committee.byWeek': { 'zh-CN': '周', en: 'Week' },
	'sorting.committee.byMonth': { 'zh-CN': '月', en: 'Month' },
	'sorting.committee.overview': { 'zh-CN': '总体情况', en: 'Overview' },
	'sorting.committee.overall': {
		'zh-CN': '投放 {total} 次，分对 {correct} 次，正确率 {percent}，发出 {points} 积分',
		en: '{total} drop-offs, {correct} right, {percent} accuracy, {points} points given'
	},
	'sorting.committee.chart': {
		'zh-CN': '投放量（柱）和正确率（线）',
		en: 'Drop-offs (bars) and accuracy (line)'
	},
	'sorting.committee.legend': {
		'zh-CN': '柱子是投放次数，绿线是正确率。',
		en: 'Bars: number of drop-offs. Green line: accuracy.'
	},
	'sorting.committee.csv': { 'zh-CN': '下载表格（CSV）', en: 'Download CSV' },
	'sorting.committee.byPoint': { 'zh-CN': '按投放点', en: 'By collection point' },
	'sorting.committee.byBuilding': { 'zh-CN': '按楼栋', en: 'By building' },
	'sorting.committee.overTime': { 'zh-CN': '按时间', en: 'Over time' },
	'sorting.committee.name': { 'zh-CN': '名称', en: 'Name' },
	'sorting.committee.dropoffs': { 'zh-CN': '投放次数', en: 'Drop-offs' },
	'sorting.committee.accuracy': { 'zh-CN': '正确率', en: 'Accuracy' },
	'sorting.committee.improving': { 'zh-CN': '进步最大的楼栋', en: 'Most improved buildings' },
	'sorting.committee.nothing': { 'zh-CN': '暂时没有。', en: 'Nothing yet.' },
	'sorting.committee.gain': {
		'zh-CN': '{name}：从 {before}% 到 {after}%',
		en: '{name}: from {before}% to {after}%'
	},
	'sorting.committee.flags': { 'zh-CN': '需要留意', en: 'To check' },
	'sorting.committee.flag.burst': {
		'zh-CN': '{time} {name}（{point}）记录太快，拦下 {count} 条',
		en: '{time} {name} ({point}) recorded too fast; {count} refused'
	},
	'sorting.committee.flag.late': {
		'zh-CN': '{time} {name}（{point}）补传了 {count} 条较早的记录（超过 15 分钟前记的），请核对',
		en: '{time} {name} ({point}) sent {count} records made over 15 minutes earlier; please check them'
	},
	'sorting.committee.resolve': { 'zh-CN': '已查看', en: 'Checked' },
	'sorting.committee.settings': { 'zh-CN': '积分规则', en: 'Points rules' },
	'sorting.committee.pointsFor': {
		'zh-CN': '{category}分对加几分',
		en: 'Points for correct {category}'
	},
	'sorting.committee.cap': { 'zh-CN': '每户每天最多几分', en: 'Most points per household per day' },
	'sorting.committee.threshold': {
		'zh-CN': '一周分错几次后发提醒（0为不发）',
		en: 'Mistakes in a week before a friendly reminder (0: never)'
	},
	'sorting.committee.burst': {
		'zh-CN': '每位检查员每分钟最多记几条',
		en: 'Most drop-offs one inspector may record per minute'
	},
	'sorting.committee.save': { 'zh-CN': '保存', en: 'Save' },
	'sorting.committee.saved': { 'zh-CN': '已保存', en: 'Saved' },
	'sorting.committee.invalid': { 'zh-CN': '填写有误，请检查', en: 'Please check what you entered' },
	'sorting.committee.error.invalid': {
		'zh-CN': '填写有误，请检查',
		en: 'Please check what you entered'
	},
	'sorting.committee.error.forbidden': {
		'zh-CN': '您不能管理这个社区',
		en: 'You cannot manage this community'
	},
	'sorting.committee.error.not_found': {
		'zh-CN': '找不到这个投放点',
		en: 'Collection point not found'
	},
	'sorting.committee.error.invalid_hours': {
		'zh-CN': '开放时间格式不对（如 07:00）',
		en: 'Opening hours must look like 07:00'
	},
	'sorting.committee.error.no_categories': {
		'zh-CN': '请至少选一类垃圾桶',
		en: 'Pick at least one bin'
	},
	'sorting.committee.error.not_inspector': {
		'zh-CN': '这个人不是本社区的检查员',
		en: 'This person is not an inspector here'
	},
	'sorting.committee.pointName': { 'zh-CN': '投放点名称', en: 'Name' },
	'sorting.committee.location': { 'zh-CN': '位置', en: 'Location' },
	'sorting.committee.opens': { 'zh-CN': '开始时间', en: 'Opens' },
	'sorting.committee.closes': { 'zh-CN': '结束时间', en: 'Closes' },
	'sorting.committee.categories': { 'zh-CN': '有哪些垃圾桶', en: 'Bins' },
	'sorting.committee.active': { 'zh-CN': '正在使用', en: 'In use' },
	'sorting.committee.inspectors': { 'zh-CN': '检查员', en: 'Inspectors' },
	'sorting.committee.remove': { 'zh-CN': '移除', en: 'Remove' },
	'sorting.committee.addInspector': { 'zh-CN': '安排检查员', en: 'Assign an inspector' },
	'sorting.committee.add': { 'zh-CN': '添加', en: 'Add' },
	'sorting.committee.newPoint': { 'zh-CN': '新投放点', en: 'New collection point' },
	'sorting.committee.newHousehold': { 'zh-CN': '登记新住户', en: 'New household' },
	'sorting.committee.building': { 'zh-CN': '楼栋', en: 'Building' },
	'sorting.committee.unit': { 'zh-CN': '房号', en: 'Flat' },
	'sorting.committee.request': {
		'zh-CN': '{name}（{phone}）申请加入',
		en: '{name} ({phone}) asks to join'
	},
	'sorting.committee.approve': { 'zh-CN': '同意', en: 'Approve' },
	'sorting.committee.decline': { 'zh-CN': '不同意', en: 'Decline' },
	'sorting.committee.memberPhone': { 'zh-CN': '添加成员（手机号）', en: 'Add a member (phone)' },
	'sorting.committee.newItem': { 'zh-CN': '添加一项', en: 'Add an item' },
	'sorting.committee.itemName': { 'zh-CN': '物品', en: 'Item' },
	'sorting.committee.category': { 'zh-CN': '类别', en: 'Bin' },
	'sorting.committee.hint': { 'zh-CN': '小提示', en: 'Tip' },
	'sorting.join.invalid_card': { 'zh-CN': '门牌卡号格式不对', en: 'That card number is not valid' },
	'sorting.join.forbidden': {
		'zh-CN': '您不能管理这个社区',
		en: 'You cannot manage this community'
	},
	'sorting.join.not_found': { 'zh-CN': '没有找到', en: 'Not found' },
	'sorting.join.card_taken': {
		'zh-CN': '这个门牌卡号已经用过了',
		en: 'That card number is already used'
	},
	'sorting.join.unknown_person': {
		'zh-CN': '没有这个手机号的居民',
		en: 'No resident has this phone number'
	},
	'sorting.join.other_community': {
		'zh-CN': '不是本社区的住户',
		en: 'Not a household of this community'
	},
	'sorting.join.already_member': { 'zh-CN': '已经是住户成员了', en: 'Already in a household' },
	'sorting.join.already_requested': {
		'zh-CN': '已经申请过了，请等待审核',
		en: 'Already asked; please wait'
	},
	'notify.sorting.guidance': {
		'zh-CN': '最近几次垃圾没分对，没关系！看看分类指南，下次就对了。',
		en: 'A few bags were not sorted right lately. No problem: have a look at the guide.'
	},
	'notify.sorting.guidance.food': {
		'zh-CN':
			'最近几次厨余垃圾没分对，没关系！厨余是剩饭剩菜、果皮菜叶、蛋壳茶渣，沥干水再倒；装它的塑料袋要扔进其他垃圾。',
		en: 'Food waste was not sorted right a few times lately. No problem: food waste is leftovers, peel, eggshells and tea leaves, drained; the plastic bag goes in residual waste.'
	},
	'notify.sorting.guidance.recyclable': {
		'zh-CN':
			'最近几次可回收物没分对，没关系！可回收物是干净的纸、塑料瓶、金属罐、玻璃和旧衣服；脏了、湿了的纸巾算其他垃圾。',
		en: 'Recyclables were not sorted right a few times lately. No problem: recyclables are clean paper, plastic bottles, cans, glass and old clothes; dirty or wet tissues are residual waste.'
	},
	'notify.sorting.guidance.hazardous': {
		'zh-CN':
			'最近几次有害垃圾没分对，没关系！有害垃圾是电池、灯管、过期药、油漆桶，要单独投进红色桶，别和别的混在一起。',
		en: 'Hazardous waste was not sorted right a few times lately. No problem: batteries, lamps, old medicine and paint tins go on their own into the red bin.'
	},
	'notify.sorting.guidance.residual': {
		'zh-CN':
			'最近几次其他垃圾没分对，没关系！其他垃圾是用过的纸巾、尿不湿、烟头、陶瓷碎片；能回收的和厨余要先挑出来。',
		en: 'Residual waste was not sorted right a few times lately. No problem: used tissues, nappies, cigarette ends and broken china are residual; take out recyclables and food waste first.'
	},
	'notify.sorting.points': {
		'zh-CN': '垃圾分类得了 {points} 积分，谢谢您！',
		en: 'You earned {points} points for sorting your waste. Thank you!'
	}
});
