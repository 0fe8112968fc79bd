import { parseCrontab } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { seesPlatformEntries } from '../../../web/src/lib/server/audit';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { latestLedgerAudit } from '../../../web/src/lib/server/ledger/audit-status';
import { LEDGER_AUDIT_CRONTAB, auditLedger } from '../../../web/src/lib/server/ledger/audit.job';
import { notificationText } from '../../../web/src/lib/server/notifications/render';
import type { RealtimePort } from '../../../web/src/lib/server/realtime/realtime';
import { person, places } from '../../factories/community';
import { createTestDatabase } from '../../helpers/db';
import { drainAll } from '../journal/fixtures';
import { fundedResident, meta } from './fixtures';

const quiet: RealtimePort = { trigger: async () => true, triggerBatch: async () => true };

async function world() {
	const db = await createTestDatabase({ max: 4 });
	const service = new PostingService(db.sql);
	const { issuer, resident } = await fundedResident(service, 40);
	unwrap(
		await service.transfer({
			...meta('mutual_aid'),
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT',
			amount: 15
		})
	);
	await drainAll(db.sql);
	const { home } = await places(db);
	const auditor = await person(db, home, { roles: ['auditor'] });
	const admin = await person(db, home, { roles: ['admin'] });
	const committee = await person(db, home, { roles: ['committee'] });
	return { db, resident, auditor, admin, committee };
}

async function noticesOf(db: Awaited<ReturnType<typeof world>>['db'], userId: number) {
	return db.sql<{ type: string; params: Record<string, string> }[]>`
		select type, params from notifications where user_id = ${userId} order by id`;
}

describe('who reads the nightly audit', () => {
	it('should be city-level readers of the audit log only', async () => {
		const db = await createTestDatabase({ max: 1 });
		const { city, home } = await places(db);
		const cityAuditor = await person(db, city, { roles: ['auditor'] });
		const communityAuditor = await person(db, home, { roles: ['auditor'] });
		const resident = await person(db, home);
		expect(seesPlatformEntries(cityAuditor)).toBe(true);
		expect(seesPlatformEntries(communityAuditor)).toBe(false);
		expect(seesPlatformEntries(resident)).toBe(false);
	});
});

describe('the nightly ledger audit', () => {
	it('should run every night as a known task, and pass a sound ledger telling no one', async () => {
		expect(parseCrontab(LEDGER_AUDIT_CRONTAB).map((c) => c.task)).toEqual(['ledger:audit']);
		const { db, auditor } = await world();
		expect(await latestLedgerAudit(db.db)).toBeNull();
		expect(await auditLedger(db, quiet)).toEqual({
			ok: true,
			entries: 2,
			accounts: 2,
			votes: 0
		});
		expect(await noticesOf(db, auditor.id)).toEqual([]);
		expect(await latestLedgerAudit(db.db)).toMatchObject({
			outcome: { ok: true, entries: 2, accounts: 2, votes: 0 }
		});
		const [entry] = await db.sql`select actor_id, action, target_type, target_id, node_path, after
			from audit_events where action = 'ledger.audit'`;
		expect(entry).toMatchObject({
			actor_id: null,
			target_type: 'ledger',
			target_id: 'passed',
			node_path: null,
			after: { ok: true, entries: 2, accounts: 2, votes: 0 }
		});
	});

	it('should tell every auditor and administrator, and no one else, which account is wrong', async () => {
		const { db, resident, auditor, admin, committee } = await world();
		await db.sql`update ledger_accounts set credits_posted = credits_posted + 100 where id = ${resident}`;
		expect(await auditLedger(db, quiet)).toEqual({
			ok: false,
			check: 'balances',
			problem: 'balance_mismatch',
			where: `account ${resident}`
		});
		const told = [
			{
				type: 'ledger.audit_balances',
				params: { problem: 'balance_mismatch', where: `account ${resident}` }
			}
		];
		expect(await noticesOf(db, auditor.id)).toEqual(told);
		expect(await noticesOf(db, admin.id)).toEqual(told);
		expect(await noticesOf(db, committee.id)).toEqual([]);
		expect((await latestLedgerAudit(db.db))?.outcome).toEqual({
			ok: false,
			check: 'balances',
			problem: 'balance_mismatch',
			where: `account ${resident}`
		});
		// In both languages, in words an auditor can act on.
		expect(notificationText('zh-CN', 'ledger.audit_balances', told[0]!.params)).toContain(
			`account ${resident} 的余额和它的流水合计不一致`
		);
		expect(notificationText('en', 'ledger.audit_balances', told[0]!.params)).toContain(
			`the balance of account ${resident} is not the sum of its movements`
		);
	});

	it('should name the journal position when a journal entry was changed', async () => {
		const { db, auditor } = await world();
		await db.sql.begin(async (tx) => {
			await tx`set local session_replication_role = replica`;
			await tx`update ledger_journal_entries set payload = replace(payload, '"POINT"', '"HOUR"') where position = 2`;
		});
		const outcome = await auditLedger(db, quiet);
		expect(outcome).toMatchObject({ ok: false, check: 'journal', where: 'position 2' });
		expect((await noticesOf(db, auditor.id)).map((n) => n.type)).toEqual(['ledger.audit_journal']);
	});
});
