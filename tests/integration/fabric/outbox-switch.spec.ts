import { describe, expect, it } from 'vitest';
import {
	fabricOutboxEnabled,
	setFabricOutbox
} from '../../../web/src/lib/server/fabric/outbox-switch';
import { PostingService } from '../../../web/src/lib/server/ledger';
import { createTestDatabase } from '../../helpers/db';
import { account, fundedResident, meta } from '../ledger/fixtures';

const db = await createTestDatabase({ max: 8 });
const service = new PostingService(db.sql);

async function pay(from: string, to: string, n: number) {
	return Promise.all(
		Array.from({ length: n }, () =>
			service.transfer({
				...meta('mutual_aid'),
				debitAccountId: from,
				creditAccountId: to,
				asset: 'POINT',
				amount: 1
			})
		)
	);
}

/** Transfers that Fabric would never see: neither queued, anchored nor quarantined. */
async function missing(): Promise<number> {
	const [row] = await db.sql<{ n: number }[]>`
		select count(*)::int as n from ledger_transfers t
		where not exists (select 1 from ledger_fabric_outbox o where o.transfer_id = t.id)
			and not exists (select 1 from ledger_fabric_anchors a where a.transfer_id = t.id)
			and not exists (select 1 from ledger_fabric_quarantine q where q.transfer_id = t.id)`;
	return row?.n ?? -1;
}

describe('the Fabric outbox switch', () => {
	it('should queue nothing while off, and everything made meanwhile when turned on', async () => {
		expect(await fabricOutboxEnabled(db.sql)).toBe(true); // as the migrations leave it
		const { issuer, resident } = await fundedResident(service, 1000);
		const partner = await account(service, 'POINT', 'partner_receivable');
		expect(await setFabricOutbox(db.sql, false)).toEqual({
			enabled: false,
			changed: true,
			backfilled: 0
		});
		expect((await setFabricOutbox(db.sql, false)).changed).toBe(false);
		const queuedBefore = await db.sql`select transfer_id from ledger_fabric_outbox`;
		await pay(resident, partner, 12);
		expect(await db.sql`select transfer_id from ledger_fabric_outbox`).toHaveLength(
			queuedBefore.length
		);
		expect(await missing()).toBe(12);

		expect(await setFabricOutbox(db.sql, true)).toEqual({
			enabled: true,
			changed: true,
			backfilled: 12
		});
		expect(await missing()).toBe(0);
		await pay(issuer, resident, 3); // queued by the trigger again
		expect(await missing()).toBe(0);
		const order = await db.sql<{ seq: string }[]>`
			select o.seq from ledger_fabric_outbox o order by o.seq`;
		const transfers = await db.sql<
			{ seq: string }[]
		>`select seq from ledger_transfers order by seq`;
		expect(order.map((r) => r.seq)).toEqual(transfers.map((r) => r.seq));
	});

	it('should miss no transfer when turned on while transfers are being posted', async () => {
		await setFabricOutbox(db.sql, false);
		const { resident } = await fundedResident(service, 100_000);
		const partner = await account(service, 'POINT', 'partner_receivable');
		let posting = true;
		const clients = Array.from({ length: 8 }, async () => {
			let n = 0;
			while (posting) n += (await pay(resident, partner, 4)).length;
			return n;
		});
		await new Promise((r) => setTimeout(r, 100));
		const switched = await setFabricOutbox(db.sql, true);
		await new Promise((r) => setTimeout(r, 100));
		posting = false;
		const posted = (await Promise.all(clients)).reduce((a, b) => a + b, 0);
		expect(switched.backfilled).toBeGreaterThan(0);
		expect(posted).toBeGreaterThan(switched.backfilled);
		expect(await missing()).toBe(0);
	});
});
