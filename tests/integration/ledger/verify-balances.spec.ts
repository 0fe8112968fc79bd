import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { verifyBalances } from '../../../web/src/lib/server/ledger/verify-balances';
import { drainAll } from '../journal/fixtures';
import { createTestDatabase } from '../../helpers/db';
import { fundedResident, meta } from './fixtures';

/** A ledger with every kind of movement: transfers, a reversal, holds captured in part, voided or open. */
async function busyLedger() {
	const db = await createTestDatabase({ max: 4 });
	const service = new PostingService(db.sql);
	const { issuer, resident } = await fundedResident(service, 100);
	const { resident: partner } = await fundedResident(service, 0);
	const hold = (amount: number) =>
		service.hold({
			...meta('redeem.hold'),
			debitAccountId: resident,
			creditAccountId: partner,
			asset: 'POINT',
			amount,
			expiresAt: null
		});
	const captured = unwrap(await hold(30));
	unwrap(await service.capture({ ...meta('redeem.capture'), holdId: captured.id, amount: 20 }));
	const voided = unwrap(await hold(10));
	unwrap(await service.void({ ...meta('redeem.void'), holdId: voided.id }));
	unwrap(await hold(15));
	const gift = unwrap(
		await service.transfer({
			...meta('mutual_aid'),
			debitAccountId: resident,
			creditAccountId: issuer,
			asset: 'POINT',
			amount: 5
		})
	);
	unwrap(await service.reverse({ ...meta('reversal'), transferId: gift.id }));
	return { db, issuer, resident, partner };
}

describe('the balance audit of ledger:verify', () => {
	it('should find every account equal to the sum of its transfers, holds, captures and voids', async () => {
		const { db, resident, partner } = await busyLedger();
		expect(await verifyBalances(db.sql)).toEqual({ ok: true, accounts: 4 });
		const [r] = await db.sql`select credits_posted, debits_posted, debits_pending
			from ledger_accounts where id = ${resident}`;
		// 100 in; 20 of the 30 captured, 15 still held; 5 given and given back.
		expect([r?.credits_posted, r?.debits_posted, r?.debits_pending].map(Number)).toEqual([
			105, 25, 15
		]);
		const [p] = await db.sql`select credits_posted, credits_pending from ledger_accounts
			where id = ${partner}`;
		expect([p?.credits_posted, p?.credits_pending].map(Number)).toEqual([20, 15]);
	});

	it('should name an account whose balance was changed behind the ledger, and the CLI exit 1', async () => {
		const { db, resident } = await busyLedger();
		await drainAll(db.sql);
		const cli = () =>
			spawnSync('npx', ['tsx', 'chain/cli/verify.ts'], {
				env: { ...process.env, DATABASE_URL: db.url },
				encoding: 'utf8'
			});
		const clean = cli();
		expect(clean.stdout, clean.stderr).toContain(
			'ledger:verify OK: 4 accounts match their transfers'
		);
		expect(clean.status).toBe(0);
		// A superuser gives the resident 500 points without a transfer (the floor's CHECK allows it).
		await db.sql`update ledger_accounts set credits_posted = credits_posted + 500 where id = ${resident}`;
		expect(await verifyBalances(db.sql)).toEqual({
			ok: false,
			accounts: 4,
			accountId: resident,
			stored: { debitsPosted: 25, creditsPosted: 605, debitsPending: 15, creditsPending: 0 },
			fromTransfers: { debitsPosted: 25, creditsPosted: 105, debitsPending: 15, creditsPending: 0 }
		});
		const tampered = cli();
		expect(tampered.stdout).toContain(
			`ledger:verify FAILED: balance_mismatch at account ${resident}`
		);
		expect(tampered.stdout).toContain('its transfers add up to posted 25 out, 105 in');
		expect(tampered.status).toBe(1);
	});
});
