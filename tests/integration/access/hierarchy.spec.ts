import { describe, expect, it } from 'vitest';
import { DEMO_ADMIN, DEMO_COMMITTEE, DEMO_INSPECTOR } from '../../../seed/accounts';
import { seedIfEmpty } from '../../../seed/index';
import { grantRole, revokeRole } from '../../../web/src/lib/server/access/role-grants.service';
import { listNodesInScope } from '../../../web/src/lib/server/access/scopes';
import {
	createChildNode,
	loadTree,
	renameNode
} from '../../../web/src/lib/server/hierarchy/hierarchy.service';
import { createTestDatabase } from '../../helpers/db';
import { nodeByName, subjectByPhone } from './subject';

const db = await createTestDatabase();
await seedIfEmpty(db.url);
const admin = await subjectByPhone(db, DEMO_ADMIN.phone);
const committee = await subjectByPhone(db, DEMO_COMMITTEE.phone);
const street = await nodeByName(db, '北京街道');
const community = await nodeByName(db, '盐运西社区');

describe('nodes table rules (database trigger)', () => {
	it('should fill the path from the parent and refuse a level that skips one', async () => {
		const [row] = await db.sql<{ id: number; path: string }[]>`
			insert into nodes (parent_id, level, name) values (${street.id}, 'community', '测试社区')
			returning id, path`;
		expect(row?.path).toBe(`${street.path}${row?.id}/`);
		await expect(
			db.sql`insert into nodes (parent_id, level, name) values (${street.id}, 'grid', '跳级网格')`
		).rejects.toThrow(/cannot be placed under/);
		await expect(
			db.sql`insert into nodes (parent_id, level, name) values (null, 'district', '无上级')`
		).rejects.toThrow();
	});

	it('should allow renaming but refuse moving a node', async () => {
		const other = await nodeByName(db, '东山街道');
		await expect(
			db.sql`update nodes set parent_id = ${other.id} where id = ${community.id}`
		).rejects.toThrow(/cannot be moved/);
		await db.sql`update nodes set name_en = 'Yanyunxi' where id = ${community.id}`;
	});
});

describe('createChildNode and renameNode', () => {
	it('should create the next level down for an admin', async () => {
		const result = await createChildNode(db.db, admin, {
			parentId: community.id,
			name: ' 第四网格 '
		});
		expect(result.ok && result.value).toMatchObject({
			level: 'grid',
			name: '第四网格',
			parentId: community.id
		});
		const grid = result.ok ? result.value : null;
		expect(await createChildNode(db.db, admin, { parentId: grid?.id ?? 0, name: 'x' })).toEqual({
			ok: false,
			error: 'leaf_level'
		});
	});

	it('should refuse non-admins, blank names and missing parents', async () => {
		expect(
			await createChildNode(db.db, committee, { parentId: community.id, name: '网格' })
		).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect(await createChildNode(db.db, admin, { parentId: community.id, name: '  ' })).toEqual({
			ok: false,
			error: 'bad_name'
		});
		expect(await createChildNode(db.db, admin, { parentId: 999_999, name: '网格' })).toEqual({
			ok: false,
			error: 'not_found'
		});
	});

	it('should rename a node and show it in the tree', async () => {
		const result = await renameNode(db.db, admin, {
			nodeId: street.id,
			name: '北京街',
			nameEn: 'Beijing Jie'
		});
		expect(result.ok).toBe(true);
		const [city] = await loadTree(db.db);
		expect(city?.node.name).toBe('广州市');
		const names = city?.children.flatMap((d) => d.children.map((s) => s.node.name));
		expect(names).toContain('北京街');
		expect(await renameNode(db.db, committee, { nodeId: street.id, name: 'x' })).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});
});

describe('grantRole and revokeRole', () => {
	it('should grant a role found by phone or e-mail, and the grant reaches below the node', async () => {
		const result = await grantRole(db.db, admin, {
			nodeId: street.id,
			role: 'auditor',
			login: '138 0000 0005'
		});
		const inspector = await subjectByPhone(db, DEMO_INSPECTOR.phone);
		expect(result).toEqual({ ok: true, value: { userId: inspector.id } });
		const communities = await listNodesInScope(db.db, inspector, 'audit.read', 'community');
		// 测试社区 was added under the street by the trigger test above.
		expect(communities.map((c) => c.name).sort()).toEqual(
			['仓边社区', '测试社区', '盐运西社区'].sort()
		);
		expect(
			await grantRole(db.db, admin, {
				nodeId: street.id,
				role: 'auditor',
				login: DEMO_INSPECTOR.phone
			})
		).toEqual({
			ok: false,
			error: 'already_granted'
		});
		const byMail = await grantRole(db.db, admin, {
			nodeId: street.id,
			role: 'admin',
			login: 'ADMIN@linli.example'
		});
		expect(byMail).toEqual({ ok: true, value: { userId: admin.id } });
	});

	it('should refuse bad logins, unknown people and non-admins', async () => {
		expect(
			await grantRole(db.db, admin, { nodeId: street.id, role: 'committee', login: 'hello' })
		).toEqual({
			ok: false,
			error: 'bad_login'
		});
		expect(
			await grantRole(db.db, admin, { nodeId: street.id, role: 'committee', login: '13999999999' })
		).toEqual({
			ok: false,
			error: 'no_such_user'
		});
		expect(
			await grantRole(db.db, committee, {
				nodeId: community.id,
				role: 'committee',
				login: DEMO_INSPECTOR.phone
			})
		).toEqual({
			ok: false,
			error: 'forbidden'
		});
	});

	it('should revoke, but never an admin’s own admin role', async () => {
		const inspector = await subjectByPhone(db, DEMO_INSPECTOR.phone);
		expect(
			await revokeRole(db.db, admin, { nodeId: street.id, role: 'auditor', userId: inspector.id })
		).toEqual({
			ok: true,
			value: null
		});
		expect(
			await revokeRole(db.db, admin, { nodeId: street.id, role: 'auditor', userId: inspector.id })
		).toEqual({
			ok: false,
			error: 'not_granted'
		});
		expect(
			await revokeRole(db.db, admin, { nodeId: street.id, role: 'admin', userId: admin.id })
		).toEqual({
			ok: false,
			error: 'self_revoke_admin'
		});
	});
});
