import { defineMessages } from '../define';

/** The resident's ID number (居民身份证号码): entering it, its errors, and its masked form. */
export default defineMessages({
	'idNumber.label': { 'zh-CN': '身份证号', en: 'ID card number' },
	'idNumber.optional': { 'zh-CN': '身份证号（可以不填）', en: 'ID card number (optional)' },
	'idNumber.hint': {
		'zh-CN': '18 位，照着身份证填写。最后一位可能是 X。',
		en: '18 characters, copied from the ID card. The last one may be X.'
	},
	'idNumber.committeeHint': {
		'zh-CN': '请照着居民的身份证填写。保存后别人只能看到前 4 位和后 4 位。',
		en: "Copy it from the resident's ID card. Others will only see the first and last four."
	},
	'idNumber.onFile': { 'zh-CN': '已登记：{masked}', en: 'On file: {masked}' },
	'idNumber.none': { 'zh-CN': '还没有登记', en: 'Not given yet' },
	'idNumber.save': { 'zh-CN': '保存身份证号', en: 'Save ID number' },
	'idNumber.saved': { 'zh-CN': '身份证号已保存。', en: 'ID number saved.' },
	'idNumber.askCommittee': {
		'zh-CN': '身份证号登记后不能自己改。如果填错了，请找居委会改。',
		en: 'Once saved you cannot change it yourself. If it is wrong, ask the community committee.'
	},
	'idNumber.error.empty': { 'zh-CN': '请填写身份证号', en: 'Please enter the ID number' },
	'idNumber.error.wrong_length': {
		'zh-CN': '身份证号应该是 18 位，请数一数再填',
		en: 'An ID number has 18 characters. Please count and try again'
	},
	'idNumber.error.bad_characters': {
		'zh-CN': '身份证号前 17 位只能是数字，最后一位是数字或 X',
		en: 'The first 17 characters must be digits, the last a digit or X'
	},
	'idNumber.error.bad_birth_date': {
		'zh-CN': '身份证号中间的出生日期（第 7 到 14 位）不对，请再核对一下',
		en: 'The birth date inside the number (characters 7 to 14) is not a real date'
	},
	'idNumber.error.bad_check_digit': {
		'zh-CN': '身份证号有一位填错了（最后一位对不上），请照着身份证再核对一下',
		en: 'One character is wrong (the last one does not match). Please check against the card'
	},
	'idNumber.error.taken': {
		'zh-CN': '这个身份证号已经登记在另一个账户上了。一个身份证号只能登记一个账户',
		en: 'This ID number is already on another account. One ID number, one account'
	},
	'idNumber.error.already_set': {
		'zh-CN': '您的身份证号已经登记过了。如需修改，请找居委会',
		en: 'Your ID number is already on file. To change it, ask the community committee'
	},
	'idNumber.error.not_found': {
		'zh-CN': '找不到这个人，或者这个人还没有选社区',
		en: 'No such person, or they have no community yet'
	},
	'idNumber.error.forbidden': {
		'zh-CN': '您不能给这个社区的居民登记身份证号',
		en: 'You may not enter ID numbers for residents of this community'
	}
});
