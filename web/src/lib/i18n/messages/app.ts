import { defineMessages } from '../define';

export default defineMessages({
	'app.name': { 'zh-CN': '邻里', en: 'Linli' },
	'app.tagline': { 'zh-CN': '社区时间银行与积分', en: 'Community time bank and points' },
	'nav.home': { 'zh-CN': '首页', en: 'Home' },
	'nav.skip': { 'zh-CN': '跳到主要内容', en: 'Skip to main content' },
	'nav.main': { 'zh-CN': '主菜单', en: 'Main menu' },
	'nav.settings': { 'zh-CN': '设置', en: 'Settings' },
	'nav.committee': { 'zh-CN': '居委会工作台', en: 'Committee console' },
	'nav.admin': { 'zh-CN': '平台管理', en: 'Platform admin' },
	'nav.account': { 'zh-CN': '我的账号', en: 'My account' },
	'nav.accountMenu': { 'zh-CN': '账号菜单', en: 'Account menu' },
	'nav.register': { 'zh-CN': '注册', en: 'Sign up' },
	'nav.staff': { 'zh-CN': '工作人员', en: 'Staff' },
	'home.title': { 'zh-CN': '欢迎来到邻里', en: 'Welcome to Linli' },
	'home.intro': {
		'zh-CN': '邻里是我们社区的互助平台。帮邻居做事，记下时间；需要帮忙时，用时间换别人的帮助。',
		en: "Linli is our community's mutual-help platform. Help a neighbour and your time is saved; when you need help, your time pays for it."
	},
	'home.point.hours': {
		'zh-CN': '做志愿服务、帮邻居，都能存下时间',
		en: 'Volunteering and helping neighbours earn time credit'
	},
	'home.point.points': {
		'zh-CN': '参加活动、垃圾分类可以得积分，积分能换服务',
		en: 'Activities and sorting waste earn points you can spend on services'
	},
	'home.point.council': {
		'zh-CN': '在议事厅提出建议、参加投票，一起把社区办好',
		en: 'Make proposals and vote in the citizen council'
	},
	'home.cta.title': { 'zh-CN': '开始使用', en: 'Get started' },
	'home.cta.login': { 'zh-CN': '登录', en: 'Log in' },
	'home.cta.register': { 'zh-CN': '注册新账号', en: 'Create an account' },
	'home.cta.help': {
		'zh-CN': '不会用手机也没关系，社区工作人员可以帮您办理。',
		en: 'No phone? Community staff can do it for you.'
	},
	'home.greeting': { 'zh-CN': '{name}，您好', en: 'Hello, {name}' },
	'home.community': { 'zh-CN': '我的社区', en: 'My community' },
	'home.community.none': { 'zh-CN': '还没有选择社区', en: 'No community chosen yet' },
	'home.status.title': { 'zh-CN': '账号核实', en: 'Account check' },
	'home.status.verified': {
		'zh-CN': '您的账号已经核实，可以参加活动、存时间、换积分。',
		en: 'Your account is verified: you can take part, earn time and use points.'
	},
	'home.status.unverified': {
		'zh-CN': '社区工作人员会尽快核实您的身份。核实以前，您可以先随便看看。',
		en: 'A committee member will verify your account soon. Until then you can look around.'
	},
	'home.status.rejected': {
		'zh-CN': '您的账号没有通过核实。',
		en: 'Your account was not verified.'
	},
	'home.status.reason': { 'zh-CN': '原因：{reason}', en: 'Reason: {reason}' },
	'home.status.contact': {
		'zh-CN': '如有疑问，请到社区居委会咨询。',
		en: 'If you have questions, please ask at your community office.'
	},
	'home.status.disabled': { 'zh-CN': '您的账号已停用。', en: 'Your account is disabled.' },
	'home.more': { 'zh-CN': '常用', en: 'Shortcuts' },
	'home.badge.verified': { 'zh-CN': '已核实', en: 'Verified' },
	'home.badge.unverified': { 'zh-CN': '等待核实', en: 'Waiting' },
	'home.badge.rejected': { 'zh-CN': '未通过', en: 'Not verified' },
	'home.badge.disabled': { 'zh-CN': '已停用', en: 'Disabled' },
	// The QR scanner (components/code-scanner.svelte)
	'scan.start': { 'zh-CN': '扫码', en: 'Scan' },
	'scan.stop': { 'zh-CN': '停止扫码', en: 'Stop scanning' }
});
