import type postgres from 'postgres';
import type { PostingService } from '../ledger/posting.service';

export interface Payable {
	id: string;
	communityId: number;
	residentId: number;
	inspectorId: number;
	points: number;
}

/**
 * Moves sorting points from the community's POINT pool to the resident who presented the code.
 * Account ids never change, so they are remembered after the first look-up.
 */
export class SortingPayer {
	readonly #posting: PostingService;
	readonly #sql: postgres.Sql;
	readonly #pools = new Map<number, Promise<string>>();
	readonly #residents = new Map<number, Promise<string>>();

	constructor(sql: postgres.Sql, posting: PostingService) {
		this.#sql = sql;
		this.#posting = posting;
	}

	#account(map: Map<number, Promise<string>>, ownerId: number, pool: boolean): Promise<string> {
		let id = map.get(ownerId);
		if (!id) {
			id = this.#posting
				.ensureAccount({
					ownerType: pool ? 'community' : 'user',
					ownerId,
					asset: 'POINT',
					kind: pool ? 'community_pool' : 'resident'
				})
				.then((r) => {
					if (!r.ok) throw new Error(`sorting: cannot open account: ${r.error}`);
					return r.value.id;
				});
			id.catch(() => map.delete(ownerId));
			map.set(ownerId, id);
		}
		return id;
	}

	/**
	 * Pays each drop-off once: the transfer's idempotency key is the drop-off id, so a resend, a
	 * retry after a crash or the sweep can never pay twice. Returns the ids that are now paid.
	 * A refusal (an empty pool) is stored on the row and the sweep tries again later.
	 */
	async pay(items: Payable[]): Promise<Set<string>> {
		if (items.length === 0) return new Set();
		const results = await Promise.all(
			items.map(async (item) => {
				const [pool, resident] = await Promise.all([
					this.#account(this.#pools, item.communityId, true),
					this.#account(this.#residents, item.residentId, false)
				]);
				const result = await this.#posting.transfer({
					idempotencyKey: `sorting.reward:${item.id}`,
					actorId: item.inspectorId,
					kind: 'sorting.reward',
					reference: `sorting-dropoff:${item.id}`,
					debitAccountId: pool,
					creditAccountId: resident,
					asset: 'POINT',
					amount: item.points
				});
				return result.ok
					? { id: item.id, transfer: result.value.id, error: null }
					: { id: item.id, transfer: null, error: result.error };
			})
		);
		await this.#sql`
			update sorting_dropoffs d set transfer_id = r.transfer, pay_error = r.error
			from json_to_recordset(${JSON.stringify(results)}::text::json) as r(id uuid, transfer uuid, error text)
			where d.id = r.id and d.id = any(${results.map((r) => r.id)}::uuid[])
				and d.transfer_id is null`;
		return new Set(results.filter((r) => r.transfer).map((r) => r.id));
	}

	/** Pays drop-offs left unpaid (a crash after commit, an empty pool); run by the sweep job. */
	async sweep(olderThan: Date, limit = 500): Promise<{ paid: number; left: number }> {
		const rows = await this.#sql<Payable[]>`
			select id, community_id as "communityId", resident_id as "residentId",
				inspector_id as "inspectorId", points
			from sorting_dropoffs
			where points > 0 and transfer_id is null and resident_id is not null
				and received_at < ${olderThan.toISOString()}::timestamptz
			order by received_at limit ${limit}`;
		const paid = await this.pay(rows);
		return { paid: paid.size, left: rows.length - paid.size };
	}
}
