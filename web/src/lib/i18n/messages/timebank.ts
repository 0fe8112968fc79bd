import { defineMessages } from '../define';
import browse from './timebank-browse';

/** The time bank: activities, attendance, mutual aid, donations, proxies, committee views. */
export default defineMessages({
	...browse,
	'nav.activities': { 'zh-CN': '志愿活动', en: 'Volunteering' },
	'nav.mutualAid': { 'zh-CN': '邻里互助', en: 'Mutual aid' },
	'nav.organiser': { 'zh-CN': '活动管理', en: 'My activities (organiser)' },
	'committee.nav.timebank': { 'zh-CN': '时间银行', en: 'Time bank' },

	'tb.hours': { 'zh-CN': '{hours} 小时', en: '{hours} h' },
	'tb.minutes': { 'zh-CN': '{minutes} 分钟', en: '{minutes} min' },
	'tb.points': { 'zh-CN': '{points} 积分', en: '{points} points' },
	'tb.back': { 'zh-CN': '返回', en: 'Back' },
	'tb.save': { 'zh-CN': '保存', en: 'Save' },
	'tb.reason': { 'zh-CN': '原因', en: 'Reason' },
	'tb.forWhom': { 'zh-CN': '正在为 {name} 办理', en: 'Acting for {name}' },
	'tb.done': { 'zh-CN': '办好了', en: 'Done' },

	// Activities: browsing and signing up
	'tb.activities.title': { 'zh-CN': '志愿活动', en: 'Volunteering' },
	'tb.activities.empty': {
		'zh-CN': '现在没有可以报名的活动。',
		en: 'No activities to join right now.'
	},
	'tb.activities.filter': { 'zh-CN': '筛选', en: 'Filter' },
	'tb.activities.from': { 'zh-CN': '从哪天起', en: 'From date' },
	'tb.activities.category': { 'zh-CN': '类别', en: 'Category' },
	'tb.activities.skill': { 'zh-CN': '技能', en: 'Skill' },
	'tb.activities.any': { 'zh-CN': '全部', en: 'Any' },
	'tb.activities.next': { 'zh-CN': '最近一场：{when}', en: 'Next: {when}' },
	'tb.activities.mine': { 'zh-CN': '我的活动和时间', en: 'My activities and hours' },
	'tb.activities.manage': { 'zh-CN': '管理我发布的活动', en: 'Manage my activities' },
	'tb.activity.place': { 'zh-CN': '地点', en: 'Place' },
	'tb.activity.deadline': { 'zh-CN': '报名截止', en: 'Sign-up closes' },
	'tb.activity.rate': { 'zh-CN': '每小时 {points} 积分', en: '{points} points per hour' },
	'tb.activity.skills': { 'zh-CN': '需要的技能', en: 'Skills needed' },
	'tb.activity.slots': { 'zh-CN': '时间安排', en: 'Times' },
	'tb.activity.status.draft': { 'zh-CN': '草稿', en: 'Draft' },
	'tb.activity.status.published': { 'zh-CN': '报名中', en: 'Open' },
	'tb.activity.status.cancelled': { 'zh-CN': '已取消', en: 'Cancelled' },
	'tb.activity.status.finished': { 'zh-CN': '已结束', en: 'Finished' },
	'tb.slot.places': {
		'zh-CN': '已报 {taken} / {capacity} 人',
		en: '{taken} of {capacity} places taken'
	},
	'tb.slot.waiting': { 'zh-CN': '{count} 人在排队', en: '{count} waiting' },
	'tb.slot.credit': { 'zh-CN': '可记 {hours} 小时', en: 'Earns {hours} h' },
	'tb.slot.signUp': { 'zh-CN': '我要报名', en: 'Sign me up' },
	'tb.slot.signUpFor': { 'zh-CN': '我要报名：{when}', en: 'Sign me up: {when}' },
	'tb.slot.cancel': { 'zh-CN': '取消报名', en: 'Cancel my place' },
	'tb.slot.youAre.signed_up': { 'zh-CN': '您已报名', en: 'You have a place' },
	'tb.slot.youAre.waiting': {
		'zh-CN': '您在排队，有空位会通知您',
		en: 'You are on the waiting list'
	},
	'tb.slot.youAre.cancelled': { 'zh-CN': '您已取消', en: 'You cancelled' },
	'tb.signup.signed_up': { 'zh-CN': '报名成功！', en: 'You are signed up!' },
	'tb.signup.waiting': {
		'zh-CN': '名额已满，已帮您排队。有人取消时会通知您。',
		en: 'It is full: you are on the waiting list and will be told if a place frees up.'
	},
	'tb.signup.cancelled': { 'zh-CN': '已取消报名', en: 'Your place is cancelled' },

	// Attendance
	'tb.checkin.title': { 'zh-CN': '签到 / 签退', en: 'Check in / out' },
	'tb.checkin.code': {
		'zh-CN': '组织者手机上显示的 6 位数字',
		en: 'The 6 digits shown on the organiser’s phone'
	},
	'tb.checkin.submit': { 'zh-CN': '签到或签退', en: 'Check in or out' },
	'tb.checkin.check_in': {
		'zh-CN': '签到成功，谢谢您来帮忙！',
		en: 'Checked in, thank you for coming!'
	},
	'tb.checkin.check_out': { 'zh-CN': '签退成功，辛苦了！', en: 'Checked out, thank you!' },
	'tb.checkin.scanHint': {
		'zh-CN': '用手机相机扫组织者的二维码，或者把数字输进来。',
		en: 'Scan the organiser’s QR code with your camera, or type the digits.'
	},
	'tb.mycode.title': { 'zh-CN': '我的签到码', en: 'My check-in code' },
	'tb.mycode.hint': {
		'zh-CN': '请组织者输入这个号码。号码每 15 秒换一次。',
		en: 'Let the organiser type this code. It changes every 15 seconds.'
	},
	'tb.mycode.refresh': { 'zh-CN': '换一个新的', en: 'Show a fresh code' },

	// Organiser
	'tb.org.title': { 'zh-CN': '活动管理', en: 'Manage activities' },
	'tb.org.new': { 'zh-CN': '发布新活动', en: 'New activity' },
	'tb.org.none': { 'zh-CN': '您还没有发布活动。', en: 'You have not published any activity.' },
	'tb.org.community': { 'zh-CN': '面向哪个社区', en: 'For which community' },
	'tb.org.titleField': { 'zh-CN': '活动名称', en: 'Title' },
	'tb.org.description': { 'zh-CN': '活动介绍', en: 'Description' },
	'tb.org.categoryField': {
		'zh-CN': '类别（如 助老、清洁、环保）',
		en: 'Category (e.g. elderly, cleaning)'
	},
	'tb.org.placeField': { 'zh-CN': '地点', en: 'Place' },
	'tb.org.latitude': { 'zh-CN': '纬度（可不填）', en: 'Latitude (optional)' },
	'tb.org.longitude': { 'zh-CN': '经度（可不填）', en: 'Longitude (optional)' },
	'tb.org.geofence': {
		'zh-CN': '签到范围（米，可不填）',
		en: 'Check-in radius in metres (optional)'
	},
	'tb.org.points': { 'zh-CN': '每小时积分', en: 'Points per hour' },
	'tb.org.deadline': { 'zh-CN': '报名截止时间', en: 'Sign-up deadline' },
	'tb.org.start': { 'zh-CN': '开始时间', en: 'Starts' },
	'tb.org.end': { 'zh-CN': '结束时间', en: 'Ends' },
	'tb.org.capacity': { 'zh-CN': '人数', en: 'Places' },
	'tb.org.creditHours': { 'zh-CN': '记多少分钟', en: 'Minutes credited' },
	'tb.org.publishNow': { 'zh-CN': '马上发布', en: 'Publish now' },
	'tb.org.saveDraft': { 'zh-CN': '先存草稿', en: 'Save as draft' },
	'tb.org.publish': { 'zh-CN': '发布', en: 'Publish' },
	'tb.org.cancel': { 'zh-CN': '取消活动', en: 'Cancel activity' },
	'tb.org.finish': { 'zh-CN': '结束活动', en: 'Mark finished' },
	'tb.org.addSlot': { 'zh-CN': '加一个时间段', en: 'Add a time slot' },
	'tb.org.attendance': { 'zh-CN': '签到和确认时间', en: 'Attendance and confirmation' },
	'tb.org.export': { 'zh-CN': '下载志愿时长（CSV）', en: 'Download hours (CSV)' },
	'tb.org.signups': { 'zh-CN': '报名的人', en: 'Signed up' },
	'tb.org.waitingList': { 'zh-CN': '排队的人', en: 'Waiting list' },
	'tb.org.saved': { 'zh-CN': '已保存', en: 'Saved' },
	'tb.org.code': { 'zh-CN': '签到码', en: 'Check-in code' },
	'tb.org.codeHint': {
		'zh-CN': '请志愿者扫码，或者输入下面的数字。{seconds} 秒后换新码。',
		en: 'Volunteers scan this, or type the digits. New code in {seconds} s.'
	},
	'tb.org.scan': { 'zh-CN': '输入志愿者的签到码', en: 'Enter a volunteer’s code' },
	'tb.org.scanField': {
		'zh-CN': '志愿者的签到码（如 12-345678）',
		en: 'Volunteer’s code (e.g. 12-345678)'
	},
	'tb.org.scanned': { 'zh-CN': '已为 {name} 办理', en: 'Done for {name}' },
	'tb.org.manualIn': { 'zh-CN': '手动签到', en: 'Check in by hand' },
	'tb.org.manualOut': { 'zh-CN': '手动签退', en: 'Check out by hand' },
	'tb.org.in': { 'zh-CN': '签到 {time}', en: 'In {time}' },
	'tb.org.out': { 'zh-CN': '签退 {time}', en: 'Out {time}' },
	'tb.org.autoClosed': { 'zh-CN': '（活动结束时自动签退）', en: '(closed at the end)' },
	'tb.org.notYet': { 'zh-CN': '还没签到', en: 'Not checked in' },
	'tb.org.minutes': { 'zh-CN': '分钟', en: 'Minutes' },
	'tb.org.editMinutes': { 'zh-CN': '修改时长', en: 'Change minutes' },
	'tb.org.confirm': { 'zh-CN': '确认全部时长并发放', en: 'Confirm all and credit' },
	'tb.org.confirmed': {
		'zh-CN': '已为 {count} 人确认时长。',
		en: 'Hours confirmed for {count} people.'
	},
	'tb.org.confirmFailed': {
		'zh-CN': '{count} 人没有发放成功（可能积分池不够），可以稍后再确认一次。',
		en: '{count} could not be credited (perhaps the points pool is empty); you can confirm again later.'
	},
	'tb.org.isConfirmed': { 'zh-CN': '已确认 {minutes} 分钟', en: 'Confirmed: {minutes} min' },

	// Mine
	'tb.mine.title': { 'zh-CN': '我的活动和时间', en: 'My activities and hours' },
	'tb.mine.balance': { 'zh-CN': '我存的时间', en: 'My time balance' },
	'tb.mine.points': { 'zh-CN': '我的积分', en: 'My points' },
	'tb.mine.history': { 'zh-CN': '最近的记录', en: 'Recent entries' },
	'tb.mine.receipt': { 'zh-CN': '查看凭证', en: 'Receipt' },
	'tb.mine.upcoming': { 'zh-CN': '我报名的活动', en: 'My sign-ups' },
	'tb.mine.none': { 'zh-CN': '还没有报名活动。', en: 'No sign-ups yet.' },
	'tb.mine.reminder': {
		'zh-CN': '活动前一天和前一小时会提醒您。',
		en: 'You will be reminded the day before and an hour before.'
	},
	'tb.mine.proxyLog': { 'zh-CN': '别人替我办的事', en: 'Done for me by others' },
	'tb.mine.wallet': { 'zh-CN': '打开我的钱包', en: 'Open my wallet' },
	'tb.kind.volunteer.hours': { 'zh-CN': '志愿服务', en: 'Volunteering' },
	'tb.kind.volunteer.points': { 'zh-CN': '志愿积分', en: 'Volunteering points' },
	'tb.kind.mutual_aid': { 'zh-CN': '邻里互助', en: 'Mutual aid' },
	'tb.kind.other': { 'zh-CN': '其他', en: 'Other' },

	// Mutual aid
	'tb.aid.title': { 'zh-CN': '邻里互助', en: 'Mutual aid' },
	'tb.aid.new': { 'zh-CN': '我要求助或帮忙', en: 'Ask for or offer help' },
	'tb.aid.open': { 'zh-CN': '邻居们的求助和帮忙', en: 'Requests and offers from neighbours' },
	'tb.aid.mine': { 'zh-CN': '我的求助和帮忙', en: 'My requests and offers' },
	'tb.aid.none': { 'zh-CN': '暂时没有。', en: 'Nothing yet.' },
	'tb.aid.kind.request': { 'zh-CN': '求助', en: 'Request' },
	'tb.aid.kind.offer': { 'zh-CN': '我能帮忙', en: 'Offer' },
	'tb.aid.kindField': { 'zh-CN': '您是要', en: 'You want to' },
	'tb.aid.kindRequest': { 'zh-CN': '请人帮忙', en: 'Ask for help' },
	'tb.aid.kindOffer': { 'zh-CN': '帮别人', en: 'Offer help' },
	'tb.aid.titleField': {
		'zh-CN': '一句话说明（如 陪我去医院）',
		en: 'In one line (e.g. take me to hospital)'
	},
	'tb.aid.estimate': { 'zh-CN': '大约要多少分钟', en: 'About how many minutes' },
	'tb.aid.windowStart': { 'zh-CN': '从什么时候（可不填）', en: 'From (optional)' },
	'tb.aid.windowEnd': { 'zh-CN': '到什么时候（可不填）', en: 'Until (optional)' },
	'tb.aid.post': { 'zh-CN': '发布', en: 'Post' },
	'tb.aid.status.open': { 'zh-CN': '等人回应', en: 'Open' },
	'tb.aid.status.accepted': { 'zh-CN': '已约好', en: 'Agreed' },
	'tb.aid.status.recorded': { 'zh-CN': '等待确认时间', en: 'Waiting for confirmation' },
	'tb.aid.status.confirmed': { 'zh-CN': '已完成', en: 'Done' },
	'tb.aid.status.disputed': { 'zh-CN': '有异议，居委会处理中', en: 'Disputed: with the committee' },
	'tb.aid.status.resolved': { 'zh-CN': '居委会已处理', en: 'Decided by the committee' },
	'tb.aid.status.cancelled': { 'zh-CN': '已取消', en: 'Cancelled' },
	'tb.aid.respond': { 'zh-CN': '我来帮 / 我需要', en: 'I can help / I need this' },
	'tb.aid.message': { 'zh-CN': '想说的话（可不填）', en: 'A message (optional)' },
	'tb.aid.responses': { 'zh-CN': '回应的人', en: 'People who responded' },
	'tb.aid.accept': { 'zh-CN': '就请 {name}', en: 'Choose {name}' },
	'tb.aid.record': { 'zh-CN': '记下实际用了多少分钟', en: 'Record the actual minutes' },
	'tb.aid.recorded': {
		'zh-CN': '{name} 记了 {minutes} 分钟。',
		en: '{name} recorded {minutes} minutes.'
	},
	'tb.aid.autoAt': {
		'zh-CN': '如果没有异议，{date} 会自动确认。',
		en: 'Without objection it is accepted automatically on {date}.'
	},
	'tb.aid.confirm': { 'zh-CN': '没错，确认', en: 'That’s right, confirm' },
	'tb.aid.confirmSure': {
		'zh-CN': '确认后 {minutes} 分钟会记到对方名下。',
		en: '{minutes} minutes will move to the helper.'
	},
	'tb.aid.dispute': { 'zh-CN': '不对，请居委会处理', en: 'That’s wrong: ask the committee' },
	'tb.aid.rate': { 'zh-CN': '给对方打分和道谢', en: 'Rate and thank' },
	'tb.aid.stars': { 'zh-CN': '几颗星（1 到 5）', en: 'Stars (1 to 5)' },
	'tb.aid.thanks': { 'zh-CN': '想说的话', en: 'A word of thanks' },
	'tb.aid.history': { 'zh-CN': '经过', en: 'Steps' },
	'tb.aid.event.posted': { 'zh-CN': '发布', en: 'Posted' },
	'tb.aid.event.responded': { 'zh-CN': '有人回应', en: 'Response' },
	'tb.aid.event.accepted': { 'zh-CN': '约好了', en: 'Accepted' },
	'tb.aid.event.recorded': { 'zh-CN': '记下时间', en: 'Hours recorded' },
	'tb.aid.event.confirmed': { 'zh-CN': '确认', en: 'Confirmed' },
	'tb.aid.event.auto_confirmed': {
		'zh-CN': '7 天后自动确认',
		en: 'Accepted automatically after 7 days'
	},
	'tb.aid.event.disputed': { 'zh-CN': '提出异议', en: 'Disputed' },
	'tb.aid.event.resolved': { 'zh-CN': '居委会决定', en: 'Committee decision' },
	'tb.aid.eventBy': { 'zh-CN': '{name} 替 {for} 办理', en: '{name} for {for}' },
	'tb.aid.provider': { 'zh-CN': '帮忙的人', en: 'Helper' },
	'tb.aid.recipient': { 'zh-CN': '受帮助的人', en: 'Helped' },
	'tb.aid.done.posted': { 'zh-CN': '已发布', en: 'Posted' },
	'tb.aid.done.responded': { 'zh-CN': '已告诉对方', en: 'They have been told' },
	'tb.aid.done.accepted': { 'zh-CN': '已约好，可以联系对方了', en: 'Agreed' },
	'tb.aid.done.recorded': {
		'zh-CN': '已记下，等对方确认',
		en: 'Recorded; waiting for the other side'
	},
	'tb.aid.done.confirmed': {
		'zh-CN': '已确认，时间已转过去',
		en: 'Confirmed: the hours have moved'
	},
	'tb.aid.done.disputed': { 'zh-CN': '已交给居委会', en: 'Sent to the committee' },
	'tb.aid.done.rated': { 'zh-CN': '谢谢您的评价', en: 'Thank you for rating' },

	// Donations and proxies
	'tb.donate.title': { 'zh-CN': '捐时间', en: 'Give hours' },
	'tb.donate.intro': {
		'zh-CN': '把自己存的时间送给家人，或者捐给社区的爱心时间池，帮助有需要的老人。',
		en: 'Give your banked hours to a family member, or to the community care pool for people in need.'
	},
	'tb.donate.minutes': { 'zh-CN': '捐多少分钟', en: 'How many minutes' },
	'tb.donate.to': {
		'zh-CN': '家人的手机号（不填就捐给爱心时间池）',
		en: 'Family member’s phone (empty: the care pool)'
	},
	'tb.donate.submit': { 'zh-CN': '捐出', en: 'Give' },
	'tb.donate.pending': { 'zh-CN': '已送出，等家人接受', en: 'Sent: waiting for them to accept' },
	'tb.donate.pool': { 'zh-CN': '谢谢！已捐给爱心时间池', en: 'Thank you! Given to the care pool' },
	'tb.donate.incoming': { 'zh-CN': '家人送给我的时间', en: 'Hours offered to me' },
	'tb.donate.accept': { 'zh-CN': '接受', en: 'Accept' },
	'tb.donate.decline': { 'zh-CN': '不要了', en: 'Decline' },
	'tb.donate.accepted': { 'zh-CN': '已接受', en: 'Accepted' },
	'tb.donate.declined': { 'zh-CN': '已退回', en: 'Declined' },
	'tb.donate.list': { 'zh-CN': '捐赠记录', en: 'Donations' },
	'tb.donate.status.pending': { 'zh-CN': '等待接受', en: 'Waiting' },
	'tb.donate.status.accepted': { 'zh-CN': '已接受', en: 'Accepted' },
	'tb.donate.status.declined': { 'zh-CN': '已退回', en: 'Declined' },
	'tb.limit.title': { 'zh-CN': '先用时间的上限', en: 'Credit limit' },
	'tb.limit.note': {
		'zh-CN':
			'居民还没攒够时间时，也可以先请人帮忙，以后再还。这里定最多可以先用几个小时。改了以后，社区里每一位居民都按新的数算。',
		en: 'Residents may ask for help before they have earned the hours, and pay back later. Set how many hours they may use in advance. The new number applies to every resident of the community.'
	},
	'tb.limit.hours': {
		'zh-CN': '居民最多可以先用几小时',
		en: 'Hours a resident may use in advance'
	},
	'tb.limit.save': { 'zh-CN': '保存', en: 'Save' },
	'tb.limit.saved': { 'zh-CN': '已经保存了', en: 'Saved' },
	'tb.donate.status.expired': { 'zh-CN': '没人接受，已还给您', en: 'Not accepted, returned' },
	'tb.donate.status.done': { 'zh-CN': '已捐给爱心时间池', en: 'Given to the care pool' },
	'tb.proxy.title': { 'zh-CN': '代办', en: 'Proxy (someone acting for me)' },
	'tb.proxy.intro': {
		'zh-CN': '您可以请家人或志愿者替您发布求助、确认时间、兑换服务。他们做的每件事您都能看到。',
		en: 'A family member or volunteer can post requests, confirm hours and redeem for you. You see everything they do.'
	},
	'tb.proxy.mine': { 'zh-CN': '可以替我办事的人', en: 'People who may act for me' },
	'tb.proxy.add': { 'zh-CN': '添加代办人', en: 'Add a proxy' },
	'tb.proxy.phone': { 'zh-CN': '代办人的手机号', en: 'Their phone number' },
	'tb.proxy.remove': { 'zh-CN': '不再让 {name} 代办', en: 'Stop {name} acting for me' },
	'tb.proxy.added': { 'zh-CN': '{name} 现在可以替您办事了', en: '{name} can now act for you' },
	'tb.proxy.removed': { 'zh-CN': '已取消', en: 'Removed' },
	'tb.proxy.forOthers': { 'zh-CN': '我可以替他们办事', en: 'People I act for' },
	'tb.proxy.postFor': { 'zh-CN': '替 {name} 求助', en: 'Ask for help for {name}' },
	'tb.proxy.openFor': { 'zh-CN': '替 {name} 确认时间', en: 'Confirm hours for {name}' },
	'tb.proxy.desk': {
		'zh-CN': '服务台：替没有手机的居民办理',
		en: 'Service desk: act for a resident without a phone'
	},
	'tb.proxy.find': { 'zh-CN': '查找', en: 'Find' },
	'tb.proxy.log': { 'zh-CN': '别人替我办的事', en: 'Done for me by others' },
	'tb.proxy.logLine': { 'zh-CN': '{name}：{action}', en: '{name}: {action}' },
	'tb.proxy.action.aid.request': { 'zh-CN': '发布求助', en: 'Posted a request' },
	'tb.proxy.action.aid.offer': { 'zh-CN': '发布帮忙', en: 'Posted an offer' },
	'tb.proxy.action.aid.respond': { 'zh-CN': '回应互助', en: 'Responded' },
	'tb.proxy.action.aid.accept': { 'zh-CN': '选定帮忙的人', en: 'Chose a helper' },
	'tb.proxy.action.aid.record': { 'zh-CN': '记下时间', en: 'Recorded hours' },
	'tb.proxy.action.aid.confirm': { 'zh-CN': '确认时间', en: 'Confirmed hours' },
	'tb.proxy.action.aid.dispute': { 'zh-CN': '提出异议', en: 'Disputed' },
	'tb.proxy.action.activity.signup': { 'zh-CN': '报名活动', en: 'Signed up' },
	'tb.proxy.action.activity.cancel': { 'zh-CN': '取消报名', en: 'Cancelled a sign-up' },
	'tb.proxy.action.activity.check_in': { 'zh-CN': '签到', en: 'Checked in' },
	'tb.proxy.action.activity.check_out': { 'zh-CN': '签退', en: 'Checked out' },
	'tb.proxy.action.donation.give': { 'zh-CN': '捐出时间', en: 'Gave hours' },
	'tb.proxy.action.donation.accept': { 'zh-CN': '接受时间', en: 'Accepted hours' },
	'tb.proxy.action.donation.decline': { 'zh-CN': '退回时间', en: 'Declined hours' },

	// Committee
	'tb.health.title': { 'zh-CN': '时间银行情况', en: 'Time bank health' },
	'tb.health.community': { 'zh-CN': '社区', en: 'Community' },
	'tb.health.issued': { 'zh-CN': '累计发放', en: 'Hours issued' },
	'tb.health.outstanding': { 'zh-CN': '居民手里的时间', en: 'Hours outstanding' },
	'tb.health.delivered': { 'zh-CN': '每月服务时间', en: 'Service delivered per month' },
	'tb.health.atLimit': { 'zh-CN': '快到透支上限的居民', en: 'Residents at their credit limit' },
	'tb.health.inactive': { 'zh-CN': '很久没来的志愿者', en: 'Inactive volunteers' },
	'tb.health.flagged': { 'zh-CN': '多次差评，需要关心', en: 'Repeated low ratings' },
	'tb.health.none': { 'zh-CN': '没有', en: 'None' },
	'tb.disputes.title': { 'zh-CN': '待处理的异议', en: 'Open disputes' },
	'tb.disputes.decide': { 'zh-CN': '作出决定', en: 'Decide' },
	'tb.disputes.minutes': {
		'zh-CN': '记给帮忙的人多少分钟（0 = 不记）',
		en: 'Minutes to credit the helper (0 = none)'
	},
	'tb.disputes.decided': { 'zh-CN': '已处理', en: 'Decided' },
	'tb.care.title': { 'zh-CN': '爱心时间池', en: 'Care pool' },
	'tb.care.balance': { 'zh-CN': '池里还有 {hours} 小时', en: '{hours} h in the pool' },
	'tb.care.recipient': { 'zh-CN': '居民手机号', en: 'Resident’s phone' },
	'tb.care.minutes': { 'zh-CN': '给多少分钟', en: 'Minutes' },
	'tb.care.grant': { 'zh-CN': '发放', en: 'Grant' },
	'tb.care.granted': { 'zh-CN': '已发放', en: 'Granted' },

	// Errors
	'tb.error.not_found': { 'zh-CN': '没有找到', en: 'Not found' },
	'tb.error.forbidden': { 'zh-CN': '您没有权限做这件事', en: 'You may not do this' },
	'tb.error.not_verified': {
		'zh-CN': '账号核实以后才能报名和记时间，请联系居委会。',
		en: 'Your account must be verified first; please ask the committee.'
	},
	'tb.error.not_published': { 'zh-CN': '这个活动现在不能报名', en: 'This activity is not open' },
	'tb.error.outside_community': {
		'zh-CN': '这个活动只面向其他社区的居民',
		en: 'This activity is for another community'
	},
	'tb.error.deadline_passed': { 'zh-CN': '报名已经截止了', en: 'Sign-up has closed' },
	'tb.error.slot_started': { 'zh-CN': '活动已经开始了', en: 'It has already started' },
	'tb.error.already_signed_up': { 'zh-CN': '您已经报过名了', en: 'You are already signed up' },
	'tb.error.not_signed_up': { 'zh-CN': '没有报名这场活动', en: 'Not signed up for this' },
	'tb.error.code_malformed': { 'zh-CN': '请输入 6 位数字', en: 'Please type the 6 digits' },
	'tb.error.code_expired': {
		'zh-CN': '这个码已经过期了，请看组织者手机上的新码',
		en: 'This code has expired: please use the new one'
	},
	'tb.error.code_invalid': { 'zh-CN': '签到码不对，请再看一下', en: 'That code is not right' },
	'tb.error.hours_invalid': {
		'zh-CN': '请填 0 到 50 之间的整数',
		en: 'Enter a whole number of hours from 0 to 50'
	},
	'tb.error.residents_below_limit': {
		'zh-CN':
			'有 {count} 位居民已经先用了比这更多的时间，不能定这么少。请定多一点，或者等他们把时间还上。',
		en: '{count} residents already owe more hours than this. Choose a larger number, or wait until they have earned them back.'
	},
	'tb.error.too_many_guesses': {
		'zh-CN': '签到码输错太多次了，请 {minutes} 分钟后再试，或者请组织者帮您签到',
		en: 'Too many wrong codes: try again in {minutes} minutes, or ask the organiser to check you in'
	},
	'tb.error.code_used': {
		'zh-CN': '这个码您已经用过了，请等新码出来再试',
		en: 'You already used this code: wait for the next one'
	},
	'tb.error.location_required': {
		'zh-CN': '这个活动要在现场签到，请允许手机使用位置',
		en: 'This activity needs your location to check in'
	},
	'tb.error.too_far': {
		'zh-CN': '您离活动地点太远了，请到现场签到',
		en: 'You are too far from the place'
	},
	'tb.error.too_early': { 'zh-CN': '还没到签到时间', en: 'Check-in has not opened yet' },
	'tb.error.slot_over': { 'zh-CN': '活动已经结束了', en: 'The slot is over' },
	'tb.error.already_checked_in': { 'zh-CN': '已经签到过了', en: 'Already checked in' },
	'tb.error.not_checked_in': {
		'zh-CN': '还没签到，不能签退',
		en: 'Cannot check out before checking in'
	},
	'tb.error.already_checked_out': { 'zh-CN': '已经签退过了', en: 'Already checked out' },
	'tb.error.already_confirmed': { 'zh-CN': '时间已经确认过了', en: 'Already confirmed' },
	'tb.error.reason_required': { 'zh-CN': '请写一下原因', en: 'Please give a reason' },
	'tb.error.minutes_invalid': { 'zh-CN': '分钟数不对', en: 'That number of minutes is not valid' },
	'tb.error.slot_not_over': {
		'zh-CN': '活动结束后才能确认时间',
		en: 'Confirm after the slot has ended'
	},
	'tb.error.nothing_to_confirm': { 'zh-CN': '没有需要确认的记录', en: 'Nothing to confirm' },
	'tb.error.not_a_community': { 'zh-CN': '请选择一个社区', en: 'Please choose a community' },
	'tb.error.deadline_after_start': {
		'zh-CN': '报名截止时间要在活动开始以前',
		en: 'The deadline must be before the start'
	},
	'tb.error.slot_in_past': { 'zh-CN': '开始时间要在以后', en: 'The start must be in the future' },
	'tb.error.bad_state': {
		'zh-CN': '活动现在不能这样改',
		en: 'The activity cannot change like that now'
	},
	'tb.error.own_post': { 'zh-CN': '不能回应自己发布的', en: 'You cannot take your own request' },
	'tb.error.not_open': { 'zh-CN': '已经有人接了', en: 'It has already been taken' },
	'tb.error.not_a_responder': { 'zh-CN': '这个人没有回应过', en: 'This person did not respond' },
	'tb.error.not_a_party': {
		'zh-CN': '只有双方本人可以操作',
		en: 'Only the two people involved can do this'
	},
	'tb.error.not_accepted': { 'zh-CN': '还没约好帮忙的人', en: 'No helper chosen yet' },
	'tb.error.not_recorded': { 'zh-CN': '还没记下时间', en: 'No hours recorded yet' },
	'tb.error.recorded_by_you': {
		'zh-CN': '时间是您记的，要等对方确认',
		en: 'You recorded it: the other person confirms'
	},
	'tb.error.beyond_credit_limit': {
		'zh-CN': '受帮助的人时间不够了（超过了透支上限），请联系居委会',
		en: 'The person helped is beyond their credit limit; please ask the committee'
	},
	'tb.error.other_community': { 'zh-CN': '这是别的社区的', en: 'This is another community’s' },
	'tb.error.no_community': {
		'zh-CN': '请先选择您的社区',
		en: 'Please choose your community first'
	},
	'tb.error.window_order': {
		'zh-CN': '结束时间要在开始时间以后',
		en: 'The end must be after the start'
	},
	'tb.error.not_disputed': { 'zh-CN': '这件事已经处理过了', en: 'This has already been decided' },
	'tb.error.already_rated': { 'zh-CN': '您已经评价过了', en: 'You already rated this' },
	'tb.error.stars_invalid': { 'zh-CN': '请选 1 到 5 颗星', en: 'Choose 1 to 5 stars' },
	'tb.error.insufficient_banked_hours': {
		'zh-CN': '只能捐自己存下的时间，您存的时间不够',
		en: 'You can only give hours you have earned, and you do not have enough'
	},
	'tb.error.self_donation': { 'zh-CN': '不能捐给自己', en: 'You cannot give to yourself' },
	'tb.error.recipient_not_found': {
		'zh-CN': '没有找到这个手机号的居民',
		en: 'No resident with that phone'
	},
	'tb.error.already_decided': { 'zh-CN': '已经处理过了', en: 'Already decided' },
	'tb.error.pool_too_small': {
		'zh-CN': '爱心时间池里的时间不够',
		en: 'The care pool does not hold enough'
	},
	'tb.error.not_your_proxy': {
		'zh-CN': '您不是这位居民的代办人',
		en: 'You are not this resident’s proxy'
	},
	'tb.error.self': { 'zh-CN': '不能添加自己', en: 'You cannot add yourself' },
	'tb.error.already_proxy': { 'zh-CN': '已经添加过了', en: 'Already added' },
	'tb.error.ledger': {
		'zh-CN': '记账没有成功，请稍后再试',
		en: 'The ledger refused this; please try again later'
	},

	// Notifications
	'notify.activity_cancelled': {
		'zh-CN': '您报名的活动“{title}”取消了。',
		en: 'The activity “{title}” you signed up for was cancelled.'
	},
	'notify.activity_place_freed': {
		'zh-CN': '“{title}”有空位了，已为您报上名。',
		en: 'A place freed up in “{title}”: you are signed up.'
	},
	'notify.activity_reminder_day': {
		'zh-CN': '提醒：明天有您报名的活动“{title}”。',
		en: 'Reminder: “{title}” is tomorrow.'
	},
	'notify.activity_reminder_hour': {
		'zh-CN': '提醒：活动“{title}”一小时后开始。',
		en: 'Reminder: “{title}” starts in an hour.'
	},
	'notify.aid_response': {
		'zh-CN': '有邻居回应了您的“{title}”。',
		en: 'A neighbour responded to “{title}”.'
	},
	'notify.aid_recorded': {
		'zh-CN': '“{title}”记了 {minutes} 分钟，请确认。',
		en: '{minutes} minutes were recorded for “{title}”: please confirm.'
	},
	'notify.aid_confirmed': {
		'zh-CN': '“{title}”的 {minutes} 分钟已经记到您名下。',
		en: '{minutes} minutes for “{title}” are now yours.'
	},
	'notify.donation_offered': {
		'zh-CN': '{name} 想送给您 {minutes} 分钟时间，请去接受。',
		en: '{name} wants to give you {minutes} minutes: please accept.'
	},
	'notify.donation_expired': {
		'zh-CN': '您送出的 {minutes} 分钟 14 天没人接受，已经还给您了。',
		en: 'Nobody accepted the {minutes} minutes you gave within 14 days: they are yours again.'
	},
	'notify.care_pool_granted': {
		'zh-CN': '居委会从爱心时间池给了您 {minutes} 分钟。',
		en: 'The committee granted you {minutes} minutes from the care pool.'
	}
});
