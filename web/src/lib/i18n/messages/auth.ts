import { defineMessages } from '../define';

export default defineMessages({
	// Fields
	'auth.field.login': { 'zh-CN': '手机号或邮箱', en: 'Mobile number or e-mail' },
	'auth.field.loginHint': {
		'zh-CN': '填写注册时用的手机号或邮箱',
		en: 'The mobile number or e-mail you signed up with'
	},
	'auth.field.password': { 'zh-CN': '密码', en: 'Password' },
	'auth.field.newPassword': { 'zh-CN': '新密码', en: 'New password' },
	'auth.field.currentPassword': { 'zh-CN': '现在的密码', en: 'Current password' },
	'auth.field.passwordHint': {
		'zh-CN': '至少 10 个字，可以用一句好记的话，比如“我家门前有两棵大樟树”',
		en: 'At least 10 characters. A short sentence you remember works well'
	},
	'auth.field.displayName': { 'zh-CN': '怎么称呼您', en: 'Your name' },
	'auth.field.displayNameHint': {
		'zh-CN': '邻居们会看到这个名字，比如“王阿姨”',
		en: 'Your neighbours will see this name'
	},
	'auth.field.community': { 'zh-CN': '您住在哪个社区', en: 'Your community' },
	'auth.field.communityChoose': { 'zh-CN': '请选择社区', en: 'Choose your community' },
	'auth.field.communityNone': {
		'zh-CN': '还没有可选的社区，请联系社区工作人员',
		en: 'No communities yet. Please ask your community office'
	},
	// Field errors
	'auth.error.loginInvalid': {
		'zh-CN': '请填写 11 位手机号（1 开头）或邮箱地址',
		en: 'Enter an 11-digit mainland mobile number or an e-mail address'
	},
	'auth.error.loginTaken': {
		'zh-CN': '这个手机号或邮箱已经注册过了，请直接登录；忘了密码可以找回',
		en: 'This number or e-mail already has an account. Log in, or reset your password'
	},
	'auth.error.nameInvalid': {
		'zh-CN': '请填写称呼，最多 40 个字',
		en: 'Enter a name of at most 40 characters'
	},
	'auth.error.communityInvalid': { 'zh-CN': '请选择您的社区', en: 'Choose your community' },
	'auth.error.passwordTooShort': {
		'zh-CN': '密码太短了，至少要 10 个字',
		en: 'Too short: use at least 10 characters'
	},
	'auth.error.passwordTooLong': {
		'zh-CN': '密码太长了，最多 256 个字',
		en: 'Too long: use at most 256 characters'
	},
	'auth.error.passwordTooCommon': {
		'zh-CN': '这个密码太常见，很容易被猜到，请换一个',
		en: 'This password is too common and easy to guess. Choose another'
	},
	'auth.error.passwordTooPersonal': {
		'zh-CN': '密码里不要用自己的手机号或邮箱',
		en: 'Do not use your own mobile number or e-mail in the password'
	},
	'auth.error.currentPasswordWrong': {
		'zh-CN': '现在的密码不对，请再试一次',
		en: 'The current password is not right'
	},
	// Form-level messages
	'auth.error.credentials': {
		'zh-CN': '手机号/邮箱或密码不对，请再试一次',
		en: 'The number/e-mail or password is not right. Please try again'
	},
	'auth.error.throttled': {
		'zh-CN': '输错的次数太多了，为了安全，请等 {minutes} 分钟后再试',
		en: 'Too many wrong tries. For your safety, please wait {minutes} min and try again'
	},
	'auth.error.disabled': {
		'zh-CN': '这个账号已停用，请联系社区工作人员',
		en: 'This account is disabled. Please contact your community office'
	},
	'auth.error.tokenInvalid': {
		'zh-CN': '这个链接不能用。请重新申请找回密码',
		en: 'This link does not work. Please ask for a new one'
	},
	'auth.error.tokenExpired': {
		'zh-CN': '这个链接已经过期（30 分钟内有效）。请重新申请',
		en: 'This link has expired (it works for 30 minutes). Please ask for a new one'
	},
	'auth.error.tokenUsed': {
		'zh-CN': '这个链接已经用过了。如需再改密码，请重新申请',
		en: 'This link has already been used. Ask for a new one to change the password again'
	},
	// Pages
	'auth.login.title': { 'zh-CN': '登录', en: 'Log in' },
	'auth.login.submit': { 'zh-CN': '登录', en: 'Log in' },
	'auth.login.forgot': { 'zh-CN': '忘记密码？', en: 'Forgot your password?' },
	'auth.login.noAccount': { 'zh-CN': '还没有账号？', en: 'No account yet?' },
	'auth.login.toRegister': { 'zh-CN': '注册新账号', en: 'Sign up' },
	'auth.field.invitationCode': { 'zh-CN': '邀请码（可不填）', en: 'Invitation code (optional)' },
	'auth.field.invitationCodeHint': {
		'zh-CN': '居委会给您的邀请码，填写后马上通过审核',
		en: 'A code from your community committee verifies you at once'
	},
	'auth.error.invitation.invalid_code': {
		'zh-CN': '没有这个邀请码，请核对后再填',
		en: 'No such invitation code. Please check it'
	},
	'auth.error.invitation.expired': {
		'zh-CN': '这个邀请码已过期或已停用',
		en: 'This invitation code has expired or was withdrawn'
	},
	'auth.error.invitation.used_up': {
		'zh-CN': '这个邀请码已经用完了',
		en: 'This invitation code has been used up'
	},
	'auth.error.invitation.other_community': {
		'zh-CN': '这个邀请码属于另一个社区，请选择正确的社区',
		en: 'This code belongs to another community. Please choose the right community'
	},
	'auth.error.invitation.not_unverified': {
		'zh-CN': '这个账号已经审核过了',
		en: 'This account has already been reviewed'
	},
	'auth.register.title': { 'zh-CN': '注册', en: 'Sign up' },
	'auth.register.intro': {
		'zh-CN': '注册后就可以浏览。社区工作人员核实您的身份后，就能参加活动、攒时间和积分。',
		en: 'After signing up you can look around. Once your community office has checked who you are, you can join activities and earn hours and points.'
	},
	'auth.register.submit': { 'zh-CN': '注册', en: 'Sign up' },
	'auth.register.haveAccount': { 'zh-CN': '已经有账号了？', en: 'Already have an account?' },
	'auth.logout.title': { 'zh-CN': '退出登录', en: 'Log out' },
	'auth.logout.confirm': {
		'zh-CN': '要在这台手机或电脑上退出吗？',
		en: 'Log out on this device?'
	},
	'auth.logout.submit': { 'zh-CN': '退出', en: 'Log out' },
	'auth.forgot.title': { 'zh-CN': '找回密码', en: 'Reset your password' },
	'auth.forgot.intro': {
		'zh-CN': '填写注册时用的手机号或邮箱，我们会发给您一个改密码的链接。',
		en: 'Enter the mobile number or e-mail you signed up with and we will send you a link to set a new password.'
	},
	'auth.forgot.submit': { 'zh-CN': '发送链接', en: 'Send the link' },
	'auth.forgot.sent': {
		'zh-CN': '如果这个手机号或邮箱注册过，链接已经发出，30 分钟内有效。请查看短信或邮件。',
		en: 'If this number or e-mail has an account, a link is on its way. It works for 30 minutes.'
	},
	'auth.reset.title': { 'zh-CN': '设置新密码', en: 'Set a new password' },
	'auth.reset.submit': { 'zh-CN': '保存新密码', en: 'Save the new password' },
	'auth.reset.again': { 'zh-CN': '重新申请链接', en: 'Ask for a new link' },
	'auth.reset.mail.subject': { 'zh-CN': '邻里：设置新密码', en: 'Linli: set a new password' },
	'auth.reset.mail.body': {
		'zh-CN':
			'您好！\n\n有人（希望是您）申请重新设置邻里的密码。请在 {minutes} 分钟内打开下面的链接：\n\n{link}\n\n如果不是您本人申请的，不用理会这封邮件，您的密码不会改变。',
		en: 'Hello,\n\nSomeone (we hope you) asked to set a new Linli password. Open this link within {minutes} minutes:\n\n{link}\n\nIf it was not you, ignore this message; your password stays the same.'
	},
	'auth.reset.sms.subject': { 'zh-CN': '短信', en: 'Text message' },
	'auth.reset.sms.body': {
		'zh-CN': '【邻里】设置新密码请打开 {link} （{minutes} 分钟内有效）。不是本人操作请忽略。',
		en: '[Linli] Set a new password: {link} (valid {minutes} min). Not you? Ignore this.'
	},
	'auth.account.title': { 'zh-CN': '我的账号', en: 'My account' },
	'auth.account.changePassword': { 'zh-CN': '修改密码', en: 'Change password' },
	'auth.account.changeSubmit': { 'zh-CN': '保存新密码', en: 'Save the new password' },
	'auth.account.changed': {
		'zh-CN': '密码已修改。其他手机或电脑上的登录已经退出。',
		en: 'Password changed. You have been logged out on other devices.'
	},
	'auth.account.status.unverified': {
		'zh-CN': '待核实：社区工作人员核实后，您就能参加活动和兑换',
		en: 'Waiting for your community office to confirm who you are'
	},
	'auth.account.status.verified': { 'zh-CN': '已核实', en: 'Verified' },
	'auth.account.status.rejected': {
		'zh-CN': '未通过核实，请联系社区工作人员',
		en: 'Not verified. Please contact your community office'
	},
	'auth.account.status.disabled': { 'zh-CN': '已停用', en: 'Disabled' },
	'auth.account.status': { 'zh-CN': '账号状态', en: 'Account status' },
	'auth.nav.login': { 'zh-CN': '登录', en: 'Log in' },
	'auth.nav.logout': { 'zh-CN': '退出', en: 'Log out' },
	// Development mailbox
	'auth.mailbox.title': { 'zh-CN': '开发用收件箱', en: 'Development mailbox' },
	'auth.mailbox.intro': {
		'zh-CN':
			'这里显示系统发出的邮件和短信（只在开发环境可见）。还没有接入短信服务，短信只会出现在这里。',
		en: 'Messages the app has sent (development only). No SMS provider is connected yet, so text messages only appear here.'
	},
	'auth.mailbox.empty': { 'zh-CN': '还没有消息', en: 'No messages yet' },
	'auth.mailbox.sms': { 'zh-CN': '短信（未发送）', en: 'Text message (not sent)' },
	'auth.mailbox.email': { 'zh-CN': '邮件', en: 'E-mail' },
	'auth.mailbox.to': { 'zh-CN': '收件人', en: 'To' }
});
