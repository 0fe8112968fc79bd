import { defineMessages } from '../define';

export default defineMessages({
	'admin.title': { 'zh-CN': '平台管理', en: 'Administration' },
	'admin.tree.title': { 'zh-CN': '区域结构', en: 'Places' },
	'admin.tree.intro': {
		'zh-CN': '市、区、街道、社区、网格，一级管一级。点名称可以改名、添加下级、分配角色。',
		en: 'City, district, street, community, grid. Open a place to rename it, add places below it or grant roles.'
	},
	'admin.tree.empty': { 'zh-CN': '还没有任何区域。', en: 'There are no places yet.' },
	'admin.node.back': { 'zh-CN': '返回区域结构', en: 'Back to all places' },
	'admin.node.path': { 'zh-CN': '所在位置', en: 'Location' },
	'admin.node.rename': { 'zh-CN': '修改名称', en: 'Rename' },
	'admin.node.name': { 'zh-CN': '中文名称', en: 'Name (Chinese)' },
	'admin.node.nameEn': { 'zh-CN': '英文名称（可不填）', en: 'English name (optional)' },
	'admin.node.save': { 'zh-CN': '保存名称', en: 'Save name' },
	'admin.node.renamed': { 'zh-CN': '名称已保存', en: 'Name saved' },
	'admin.node.children': { 'zh-CN': '下级区域', en: 'Places below' },
	'admin.node.noChildren': { 'zh-CN': '还没有下级区域。', en: 'Nothing below yet.' },
	'admin.node.addChild': { 'zh-CN': '添加{level}', en: 'Add a {level}' },
	'admin.node.add': { 'zh-CN': '添加', en: 'Add' },
	'admin.node.added': { 'zh-CN': '已添加：{name}', en: 'Added {name}' },
	'admin.node.leaf': {
		'zh-CN': '网格是最小的一级，不能再往下分。',
		en: 'A grid is the lowest level.'
	},
	'admin.roles.title': { 'zh-CN': '在这里担任角色的人', en: 'Roles held here' },
	'admin.roles.inherit': {
		'zh-CN': '在这里分配的角色，对下面所有区域都有效。',
		en: 'A role granted here applies to every place below.'
	},
	'admin.roles.none': { 'zh-CN': '还没有人在这里担任角色。', en: 'Nobody holds a role here yet.' },
	'admin.roles.grant': { 'zh-CN': '分配角色', en: 'Grant a role' },
	'admin.roles.login': { 'zh-CN': '手机号或邮箱', en: 'Phone number or e-mail' },
	'admin.roles.role': { 'zh-CN': '角色', en: 'Role' },
	'admin.roles.submit': { 'zh-CN': '分配', en: 'Grant' },
	'admin.roles.granted': { 'zh-CN': '角色已分配', en: 'Role granted' },
	'admin.roles.revoke': { 'zh-CN': '取消', en: 'Revoke' },
	'admin.roles.revokeLabel': {
		'zh-CN': '取消 {name} 的{role}角色',
		en: 'Revoke {role} from {name}'
	},
	'admin.roles.revoked': { 'zh-CN': '角色已取消', en: 'Role revoked' },
	'admin.error.forbidden': {
		'zh-CN': '您没有管理这个区域的权限',
		en: 'You may not manage this place'
	},
	'admin.error.not_found': { 'zh-CN': '没有找到这个区域', en: 'This place was not found' },
	'admin.error.leaf_level': {
		'zh-CN': '网格下面不能再添加区域',
		en: 'Nothing can go below a grid'
	},
	'admin.error.bad_name': {
		'zh-CN': '名称不能为空，最多 60 个字',
		en: 'The name must be 1–60 characters'
	},
	'admin.error.bad_login': {
		'zh-CN': '请填写正确的手机号或邮箱',
		en: 'Please enter a valid phone number or e-mail'
	},
	'admin.error.no_such_user': {
		'zh-CN': '没有找到用这个手机号或邮箱注册的人',
		en: 'Nobody is registered with that phone number or e-mail'
	},
	'admin.error.already_granted': {
		'zh-CN': '这个人在这里已经有这个角色了',
		en: 'This person already holds that role here'
	},
	'admin.error.not_granted': {
		'zh-CN': '这个角色已经被取消了',
		en: 'That role was already revoked'
	},
	'admin.error.self_revoke_admin': {
		'zh-CN': '不能取消自己的管理员角色，请让另一位管理员操作',
		en: 'You cannot revoke your own admin role; ask another admin'
	}
});
