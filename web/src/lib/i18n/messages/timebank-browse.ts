import { defineMessages } from '../define';

/**
 * The time bank's finding aids: residents' skills, the skills vocabulary, the activity list's
 * search and the community's map point. Spread into ./timebank.ts (distance words: ./near.ts).
 */
export default defineMessages({
	// The skills vocabulary (web/src/lib/domain/timebank/skills.ts)
	'tb.skill.company': { 'zh-CN': '陪伴聊天', en: 'Keeping company' },
	'tb.skill.phone_help': { 'zh-CN': '教用手机电脑', en: 'Phone and computer help' },
	'tb.skill.escort': { 'zh-CN': '陪同看病', en: 'Going to the doctor with someone' },
	'tb.skill.shopping': { 'zh-CN': '买菜跑腿', en: 'Shopping and errands' },
	'tb.skill.cleaning': { 'zh-CN': '打扫卫生', en: 'Cleaning' },
	'tb.skill.cooking': { 'zh-CN': '做饭', en: 'Cooking' },
	'tb.skill.repair': { 'zh-CN': '修理东西', en: 'Repairs' },
	'tb.skill.driving': { 'zh-CN': '开车接送', en: 'Driving' },
	'tb.skill.health': { 'zh-CN': '护理和急救', en: 'Nursing and first aid' },
	'tb.skill.teaching': { 'zh-CN': '辅导功课', en: 'Teaching and tutoring' },
	'tb.skill.haircut': { 'zh-CN': '理发', en: 'Haircuts' },
	'tb.skill.sewing': { 'zh-CN': '缝缝补补', en: 'Sewing and mending' },
	'tb.skill.arts': { 'zh-CN': '唱歌跳舞书法', en: 'Music, dance and calligraphy' },
	'tb.skill.lifting': { 'zh-CN': '搬东西', en: 'Lifting and carrying' },

	// A resident's own skills (/account/skills)
	'tb.mySkills.title': { 'zh-CN': '我会做的事', en: 'What I can do' },
	'tb.mySkills.intro': {
		'zh-CN': '勾选您会做、也愿意帮忙的事。找志愿活动时，我们会把用得上这些本事的活动标出来。',
		en: 'Tick what you can do and are happy to help with. We will mark the activities that need it.'
	},
	'tb.mySkills.save': { 'zh-CN': '保存', en: 'Save' },
	'tb.mySkills.saved': { 'zh-CN': '保存好了。', en: 'Saved.' },
	'tb.mySkills.none': { 'zh-CN': '您还没有勾选。', en: 'Nothing ticked yet.' },
	'tb.mySkills.findMatching': {
		'zh-CN': '看看用得上我本事的活动',
		en: 'See activities that need my skills'
	},
	'tb.mySkills.link': { 'zh-CN': '我会做的事（技能）', en: 'What I can do (skills)' },

	// The activity list: finding by skill and distance
	'tb.find.title': { 'zh-CN': '找活动', en: 'Find activities' },
	'tb.find.submit': { 'zh-CN': '查找', en: 'Search' },
	'tb.find.clear': { 'zh-CN': '看全部活动', en: 'Show all activities' },
	'tb.find.mySkills': {
		'zh-CN': '只看用得上我本事的活动',
		en: 'Only activities that need my skills'
	},
	'tb.find.noSkillsYet': {
		'zh-CN': '先告诉我们您会做什么',
		en: 'First tell us what you can do'
	},
	'tb.find.fromDate': { 'zh-CN': '{date} 以后', en: 'from {date}' },
	'tb.find.community': { 'zh-CN': '哪个社区办的', en: 'Run by' },
	'tb.find.anyCommunity': { 'zh-CN': '哪个社区都行', en: 'Any community' },
	'tb.find.hostedBy': {
		'zh-CN': '{community}办的，整个街道的居民都能报名',
		en: 'Run by {community}, open to the whole street'
	},
	'tb.find.anyCategory': { 'zh-CN': '全部类别', en: 'All categories' },
	'tb.find.withoutPoint': {
		'zh-CN': '另有 {count} 个活动没有标地图位置，所以没有列出来。',
		en: '{count} more activities have no map point and are not listed.'
	},
	'tb.find.emptyMySkills': {
		'zh-CN': '现在没有用得上您本事的活动。',
		en: 'No activities need your skills right now.'
	},
	'tb.match.badge': { 'zh-CN': '用得上您的本事', en: 'Needs your skills' },
	'tb.match.which': { 'zh-CN': '用得上：{skills}', en: 'Uses: {skills}' },

	// Organisers: who may sign up
	'tb.org.audience': { 'zh-CN': '谁可以报名', en: 'Who may sign up' },
	'tb.org.audience.community': {
		'zh-CN': '只限本社区的居民',
		en: 'Residents of this community only'
	},
	'tb.org.audience.street': {
		'zh-CN': '整个街道各社区的居民',
		en: 'Residents of every community in the street'
	},

	// Organisers: required skills and who has them
	'tb.org.skillsPick': { 'zh-CN': '需要的技能（可以多选）', en: 'Skills needed (pick any)' },
	'tb.org.skillsOther': {
		'zh-CN': '其他技能（用逗号隔开）',
		en: 'Other skills (separated by commas)'
	},
	'tb.org.skillsNeeded': { 'zh-CN': '需要的技能：{skills}', en: 'Skills needed: {skills}' },
	'tb.org.skilled': {
		'zh-CN': '其中 {count} 人有需要的技能',
		en: '{count} of them have the skills needed'
	},

	// My activities and hours
	'tb.mine.wallet': {
		'zh-CN': '到“我的钱包”看全部收支',
		en: 'See everything in my wallet'
	},

	// Mutual-aid ratings, for the committee
	'tb.ratings.title': { 'zh-CN': '互助评价和感谢', en: 'Mutual-aid ratings and thanks' },
	'tb.ratings.note': {
		'zh-CN': '邻居互助后互相留下的评价，只有居委会能看到。',
		en: 'What neighbours said about each other after helping; only the committee sees this.'
	},
	'tb.ratings.who': { 'zh-CN': '{rater} 评价 {ratee}', en: '{rater} about {ratee}' },
	'tb.ratings.stars': { 'zh-CN': '{stars} 颗星（满分 5）', en: '{stars} of 5 stars' },

	// The community's map point (committee)
	'tb.point.title': { 'zh-CN': '社区在地图上的位置', en: 'Community on the map' },
	'tb.point.intro': {
		'zh-CN':
			'居民找“离我多远”的活动时，手机没给位置就按这里算。可以在地图软件里长按社区服务中心，复制经纬度填进来。',
		en: 'When a phone gives no location, distances to activities are measured from here. In a map app, long-press the community centre and copy its coordinates.'
	},
	// Only when a point passed the form but not the service's check (near.point.invalid is the form's).
	'tb.error.point_invalid': {
		'zh-CN': '经纬度不对：纬度在 -90 到 90 之间，经度在 -180 到 180 之间。',
		en: 'Those coordinates are not valid: latitude is -90 to 90, longitude -180 to 180.'
	}
});
