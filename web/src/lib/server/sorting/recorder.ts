import type postgres from 'postgres';
import { err, ok, type Result } from '$core/shared';
import { isLate, type AwardReason } from '$lib/domain/sorting';
import type { PostingService } from '../ledger/posting.service';
import { pipelinedTransaction } from '../pipelined-transaction';
import { readFacts, resolve, type BatchFacts, type ExistingRow } from './lookup';
import { SortingPayer, type Payable } from './pay';
import { writeBatch, type Accepted } from './write';
import type { Checked, RecordedDropoff, RecordError } from './types';

export type RecordResult = Result<RecordedDropoff, RecordError>;

interface Waiting {
	checked: Checked;
	resolve(result: RecordResult): void;
	reject(error: unknown): void;
}

export interface RecorderParts {
	sql: postgres.Sql;
	posting: PostingService;
	now: () => Date;
}

const MAX_BATCH = 256;
const MAX_IN_FLIGHT = 2;

/**
 * Records drop-offs with group commit, like the posting service: drop-offs arriving together
 * (32 inspectors at once, or one phone's offline queue) share one read of the facts, one
 * transaction and one ledger batch. A caller's promise settles after its drop-off is committed
 * and its points are on the ledger (or left to the sweep when the pool is empty).
 */
export class DropoffRecorder {
	readonly #sql: postgres.Sql;
	readonly #now: () => Date;
	readonly #payer: SortingPayer;
	#queue: Waiting[] = [];
	#inFlight = 0;
	#scheduled = false;

	constructor(parts: RecorderParts) {
		this.#sql = parts.sql;
		this.#now = parts.now;
		this.#payer = new SortingPayer(parts.sql, parts.posting);
	}

	get payer(): SortingPayer {
		return this.#payer;
	}

	record(checked: Checked): Promise<RecordResult> {
		return new Promise((resolve, reject) => {
			this.#queue.push({ checked, resolve, reject });
			if (!this.#scheduled) {
				this.#scheduled = true;
				setImmediate(() => {
					this.#scheduled = false;
					this.#pump();
				});
			}
		});
	}

	#pump(): void {
		while (this.#inFlight < MAX_IN_FLIGHT && this.#queue.length > 0) {
			const batch = this.#queue.splice(0, MAX_BATCH);
			this.#inFlight += 1;
			void this.#flush(batch).finally(() => {
				this.#inFlight -= 1;
				this.#pump();
			});
		}
	}

	async #flush(batch: Waiting[]): Promise<void> {
		try {
			const results = await this.#run(batch.map((w) => w.checked));
			batch.forEach((w, i) => w.resolve(results[i] as RecordResult));
		} catch (error) {
			if (batch.length === 1) {
				batch[0]?.reject(error);
				return;
			}
			// A lost race on an id or a dropped connection must not fail the others: one by one.
			for (const w of batch) await this.#flush([w]);
		}
	}

	async #run(batch: Checked[]): Promise<RecordResult[]> {
		const now = this.#now();
		const facts = await readFacts(this.#sql, batch);
		const results: (RecordResult | null)[] = batch.map(() => null);
		const accepted: (Accepted & { index: number })[] = [];
		const firstOf = new Map<string, number>();
		const repay: Payable[] = [];
		batch.forEach((c, index) => {
			const before = facts.existing.get(c.input.id);
			if (before) {
				results[index] = replay(c, before);
				if (results[index]?.ok && before.points > 0 && !before.transfer_id) {
					repay.push(payable(before));
				}
				return;
			}
			// The same id twice in one batch: the later one is answered like the first.
			if (firstOf.has(c.input.id)) return;
			firstOf.set(c.input.id, index);
			const resolved = resolve(c, facts);
			if (!resolved.ok) results[index] = resolved;
			else accepted.push({ checked: c, resolved: resolved.value, index });
		});
		const paid = await this.#write(accepted, results, now, repay);
		const bursts = batch.filter((c, i) => {
			const r = results[i];
			return r && !r.ok && r.error === 'too_fast';
		});
		const late = batch.filter((c, i) => {
			const r = results[i];
			return r?.ok && r.value.status === 'recorded' && isLate(c.recordedAt, now);
		});
		await Promise.all([
			raiseFlags(this.#sql, 'burst', bursts, facts, (c) => c.recordedAt),
			raiseFlags(this.#sql, 'late', late, facts, () => now)
		]);
		return batch.map((c, index) => {
			const own =
				results[index] ?? results[firstOf.get(c.input.id) ?? -1] ?? err('invalid_request');
			if (!own.ok) return own;
			const status = index === firstOf.get(c.input.id) ? own.value.status : 'replayed';
			return ok({ ...own.value, status, paid: own.value.points === 0 || paid.has(c.input.id) });
		});
	}

	/** Decides and writes the batch in one pipelined transaction, then pays what was awarded. */
	async #write(
		candidates: (Accepted & { index: number })[],
		results: (RecordResult | null)[],
		now: Date,
		repay: Payable[]
	): Promise<Set<string>> {
		if (candidates.length > 0) {
			const written = await pipelinedTransaction(this.#sql, (tx, commit) =>
				writeBatch(tx, candidates, now, commit)
			);
			for (const p of written.publish) void p.publish();
			candidates.forEach((a, i) => {
				const outcome = written.outcomes[i];
				if (outcome?.kind !== 'recorded') {
					results[a.index] = err(outcome?.kind === 'too_fast' ? 'too_fast' : 'duplicate_dropoff');
					return;
				}
				const { award } = outcome;
				results[a.index] = ok({
					id: a.checked.input.id,
					status: 'recorded',
					points: award.points,
					reason: award.reason,
					householdId: a.resolved.householdId,
					paid: false
				});
				if (award.points > 0) {
					const { communityId, residentId } = a.resolved;
					const { id } = a.checked.input;
					const inspectorId = a.checked.inspector.id;
					repay.push({ id, communityId, residentId, inspectorId, points: award.points });
				}
			});
		}
		return this.#payer.pay(repay);
	}
}

/**
 * One flag per inspector, kind and minute for the committee, counting the drop-offs concerned, so
 * a burst or a queue synced late shows as one line however many bags it held. A burst's minute
 * is when it was recorded; a late sync's is when it arrived.
 */
async function raiseFlags(
	sql: postgres.Sql,
	kind: 'burst' | 'late',
	concerned: Checked[],
	facts: BatchFacts,
	minuteOf: (c: Checked) => Date
): Promise<void> {
	if (concerned.length === 0) return;
	const rows = concerned.map((c) => ({
		community_id: facts.points.get(c.input.pointId)?.community_id,
		inspector_id: c.inspector.id,
		point_id: c.input.pointId,
		minute: new Date(Math.floor(minuteOf(c).getTime() / 60_000) * 60_000).toISOString()
	}));
	await sql`
		insert into sorting_flags (community_id, inspector_id, point_id, kind, refused, minute)
		select min(r.community_id), r.inspector_id, min(r.point_id), ${kind}, count(*), r.minute
		from json_to_recordset(${JSON.stringify(rows)}::text::json) as r(community_id int,
			inspector_id int, point_id int, minute timestamptz)
		where r.community_id is not null
		group by r.inspector_id, r.minute
		on conflict (inspector_id, kind, minute) do update
			set refused = sorting_flags.refused + excluded.refused`;
}

function replay(c: Checked, row: ExistingRow): RecordResult {
	if (row.inspector_id !== c.inspector.id) return err('duplicate_id');
	return ok({
		id: row.id,
		status: 'replayed',
		points: row.points,
		reason: row.reason as AwardReason,
		householdId: row.household_id,
		paid: row.points === 0 || row.transfer_id !== null
	});
}

function payable(row: ExistingRow): Payable {
	return {
		id: row.id,
		communityId: row.community_id,
		residentId: row.resident_id ?? 0,
		inspectorId: row.inspector_id,
		points: row.points
	};
}
