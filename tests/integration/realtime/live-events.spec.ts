import { describe, expect, it } from 'vitest';
import { unwrap } from '../../../chain/core/shared';
import { err, ok } from '../../../chain/core/shared';
import { PostingService, type PostedTransfer } from '../../../web/src/lib/server/ledger';
import { announceAttendance } from '../../../web/src/lib/server/realtime/attendance-events';
import {
	BALANCE_EVENT,
	publishLedgerEvents
} from '../../../web/src/lib/server/realtime/ledger-events';
import type { RealtimePort } from '../../../web/src/lib/server/realtime/realtime';
import { createTestDatabase } from '../../helpers/db';
import { meta } from '../ledger/fixtures';

const db = await createTestDatabase({ max: 5 });

function recordingPort() {
	const sent: { channel: string | string[]; event: string; data: unknown }[] = [];
	const port: RealtimePort = {
		async trigger(channel, event, data) {
			sent.push({ channel, event, data });
			return true;
		},
		async triggerBatch() {
			return true;
		}
	};
	return { port, sent };
}

const failingPort: RealtimePort = {
	trigger: () => Promise.reject(new Error('realtime server down')),
	triggerBatch: () => Promise.reject(new Error('realtime server down'))
};

describe('balance events after a ledger commit', () => {
	it('should tell each user whose account a committed transfer touched, and nobody else', async () => {
		const committed: PostedTransfer[][] = [];
		const service = new PostingService(db.sql, { onCommitted: (t) => committed.push(t) });
		const spec = (ownerType: string, ownerId: number, kind: 'community_issuance' | 'resident') =>
			({ ownerType, ownerId, asset: 'POINT', kind }) as const;
		const issuer = unwrap(await service.openAccount(spec('community', 9001, 'community_issuance')));
		const alice = unwrap(await service.openAccount(spec('user', 9101, 'resident')));
		const bob = unwrap(await service.openAccount(spec('user', 9102, 'resident')));
		const base = { asset: 'POINT' as const, debitAccountId: issuer.id };
		await Promise.all([
			service.transfer({
				...meta('sorting.reward'),
				...base,
				creditAccountId: alice.id,
				amount: 5
			}),
			service.transfer({ ...meta('sorting.reward'), ...base, creditAccountId: bob.id, amount: 7 })
		]);
		const transfers = committed.flat();
		expect(transfers).toHaveLength(2);

		const { port, sent } = recordingPort();
		await publishLedgerEvents(db.sql, transfers, port);
		expect(sent).toHaveLength(1);
		expect(sent[0]?.event).toBe(BALANCE_EVENT);
		expect([...(sent[0]?.channel ?? [])].sort()).toEqual([
			'private-user-9101',
			'private-user-9102'
		]);
		expect(sent[0]?.data).toEqual({ seq: Math.max(...transfers.map((t) => t.seq)) });
	});

	it('should send nothing for transfers between non-user accounts, and never throw', async () => {
		const committed: PostedTransfer[] = [];
		const service = new PostingService(db.sql, { onCommitted: (t) => committed.push(...t) });
		const open = (ownerId: number, kind: 'community_issuance' | 'community_pool') =>
			service.openAccount({ ownerType: 'community', ownerId, asset: 'POINT', kind });
		const from = unwrap(await open(9201, 'community_issuance'));
		const to = unwrap(await open(9202, 'community_pool'));
		unwrap(
			await service.transfer({
				...meta(),
				debitAccountId: from.id,
				creditAccountId: to.id,
				asset: 'POINT',
				amount: 3
			})
		);
		const { port, sent } = recordingPort();
		await publishLedgerEvents(db.sql, committed, port);
		expect(sent).toEqual([]);
		await expect(publishLedgerEvents(db.sql, committed, failingPort)).resolves.toBeUndefined();
	});
});

describe('check-in events', () => {
	it('should pass a refused scan through untouched and announce nothing', async () => {
		const { port, sent } = recordingPort();
		const refused = err('code_used' as const);
		expect(await announceAttendance(db.db, 1, refused, port)).toBe(refused);
		expect(sent).toEqual([]);
	});

	it('should return the result even when the slot is gone or the server is down', async () => {
		const done = ok('check_in' as const);
		const { port, sent } = recordingPort();
		expect(await announceAttendance(db.db, 987_654, done, port)).toBe(done);
		expect(sent).toEqual([]);
		expect(await announceAttendance(db.db, 987_654, done, failingPort)).toBe(done);
	});
});
