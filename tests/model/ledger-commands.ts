import fc from 'fast-check';
import type postgres from 'postgres';
import { unwrap } from '../../chain/core/shared';
import { PostingService, type PostingResult } from '../../web/src/lib/server/ledger';
import { LedgerModel, type Asset, type ModelAccount, type Op, type Outcome } from './ledger-model';

interface Real {
	service: PostingService;
	accountIds: string[];
	clock: { now: number };
	s: fc.Scheduler;
}
interface State {
	ledger: LedgerModel;
	sent: { key: string; op: Op }[];
	clock: { now: number };
}

const ACCOUNTS: {
	asset: Asset;
	kind: 'community_issuance' | 'resident' | 'partner_receivable';
	floor: number | null;
}[] = [
	{ asset: 'POINT', kind: 'community_issuance', floor: null },
	{ asset: 'POINT', kind: 'resident', floor: 0 },
	{ asset: 'POINT', kind: 'resident', floor: 0 },
	{ asset: 'POINT', kind: 'partner_receivable', floor: 0 },
	{ asset: 'HOUR', kind: 'community_issuance', floor: null },
	{ asset: 'HOUR', kind: 'resident', floor: -60 },
	{ asset: 'HOUR', kind: 'resident', floor: -60 }
];
const UNKNOWN = '0190a0a0-0000-7000-8000-00000000dead';
const HOLD_TTL_MS = 10_000;

/** An operation before it is tied to the ids of one run: references are indexes. */
type Abstract =
	| {
			k: 'transfer' | 'hold';
			from: number;
			to: number;
			otherAsset: boolean;
			sameAsset: boolean;
			amount: number;
			expires: boolean;
	  }
	| { k: 'capture'; ref: number; anyKind: boolean; amount: number | undefined }
	| { k: 'void' | 'reverse'; ref: number; anyKind: boolean }
	| { k: 'retry'; ref: number; alter: boolean };

const amount = fc.oneof(
	{ weight: 12, arbitrary: fc.integer({ min: 1, max: 60 }) },
	fc.constantFrom(0, -3, 1.5)
);
// Mostly real accounts; now and then the index past the end, which names an unknown account.
const account = fc.oneof(
	{ weight: 12, arbitrary: fc.nat({ max: ACCOUNTS.length - 1 }) },
	fc.constant(ACCOUNTS.length)
);
const abstract: fc.Arbitrary<Abstract> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.record({
			k: fc.constantFrom('transfer' as const, 'hold' as const),
			from: account,
			to: account,
			otherAsset: fc.nat({ max: 9 }).map((n) => n === 0),
			sameAsset: fc.nat({ max: 4 }).map((n) => n > 0),
			amount,
			expires: fc.boolean()
		})
	},
	fc.record({
		k: fc.constant('capture' as const),
		ref: fc.nat(),
		anyKind: fc.boolean(),
		amount: fc.option(amount, { nil: undefined })
	}),
	fc.record({
		k: fc.constantFrom('void' as const, 'reverse' as const),
		ref: fc.nat(),
		anyKind: fc.boolean()
	}),
	fc.record({ k: fc.constant('retry' as const), ref: fc.nat(), alter: fc.boolean() })
);

function pick<T>(list: T[], ref: number): T | undefined {
	return list.length === 0 ? undefined : list[ref % list.length];
}

/** Ties an abstract operation to the model's current transfers; returns the key and request. */
function resolve(a: Abstract, state: State, n: number): { key: string; op: Op } {
	const key = `m-${n}`;
	const all = [...state.ledger.transfers.values()];
	if (a.k === 'retry') {
		const earlier = pick(state.sent, a.ref);
		if (!earlier) return { key, op: { t: 'void', holdId: UNKNOWN } };
		return a.alter && earlier.op.t !== 'void'
			? { key: earlier.key, op: { t: 'void', holdId: UNKNOWN } }
			: earlier;
	}
	if (a.k === 'transfer' || a.k === 'hold') {
		const own = ACCOUNTS[a.from]?.asset ?? 'POINT';
		// Usually pay into an account of the same asset, so most requests reach the floor rules.
		const peers = ACCOUNTS.flatMap((x, i) => (x.asset === own && i !== a.from ? [i] : []));
		const to = a.sameAsset ? (pick(peers, a.to) ?? a.to) : a.to;
		const asset: Asset = a.otherAsset ? (own === 'HOUR' ? 'POINT' : 'HOUR') : own;
		const base = { from: a.from, to, asset, amount: a.amount };
		const expiresAt = a.expires ? state.clock.now + HOLD_TTL_MS : null;
		return {
			key,
			op: a.k === 'transfer' ? { t: 'transfer', ...base } : { t: 'hold', ...base, expiresAt }
		};
	}
	const ref = a as Extract<Abstract, { anyKind: boolean }>;
	const wanted =
		a.k === 'reverse' ? all.filter((t) => t.type !== 'hold') : all.filter((t) => t.type === 'hold');
	const target = pick(ref.anyKind ? all : wanted, ref.ref)?.id ?? UNKNOWN;
	if (a.k === 'capture') {
		return {
			key,
			op:
				a.amount === undefined
					? { t: 'capture', holdId: target }
					: { t: 'capture', holdId: target, amount: a.amount }
		};
	}
	return {
		key,
		op: a.k === 'void' ? { t: 'void', holdId: target } : { t: 'reverse', transferId: target }
	};
}

function send(real: Real, key: string, op: Op): Promise<PostingResult> {
	const meta = { idempotencyKey: key, actorId: 1, kind: `model.${op.t}`, reference: 'model:1' };
	const id = (i: number) => real.accountIds[i] ?? UNKNOWN;
	if (op.t === 'transfer') {
		return real.service.transfer({
			...meta,
			debitAccountId: id(op.from),
			creditAccountId: id(op.to),
			asset: op.asset,
			amount: op.amount
		});
	}
	if (op.t === 'hold') {
		const expiresAt = op.expiresAt === null ? null : new Date(op.expiresAt);
		return real.service.hold({
			...meta,
			debitAccountId: id(op.from),
			creditAccountId: id(op.to),
			asset: op.asset,
			amount: op.amount,
			expiresAt
		});
	}
	if (op.t === 'capture') {
		return real.service.capture({
			...meta,
			holdId: op.holdId,
			...(op.amount !== undefined && { amount: op.amount })
		});
	}
	if (op.t === 'void') return real.service.void({ ...meta, holdId: op.holdId });
	return real.service.reverse({ ...meta, transferId: op.transferId });
}

let counter = 0;

/** Several requests sent at once; the scheduler picks the order they reach the service. */
class Burst implements fc.AsyncCommand<State, Real> {
	constructor(readonly ops: { a: Abstract; late: boolean }[]) {}
	check = () => true;
	async run(state: State, real: Real): Promise<void> {
		const requests = this.ops.map(({ a, late }) => {
			const r = resolve(a, state, counter++);
			if (a.k !== 'retry') state.sent.push(r);
			return { ...r, late };
		});
		const arrivals: number[] = [];
		const answers = requests.map((r, i) =>
			real.s.schedule(Promise.resolve(i)).then(async () => {
				// A late request misses the batch the others form and lands in the next one.
				if (r.late) await new Promise((done) => setImmediate(done));
				arrivals.push(i);
				return send(real, r.key, r.op);
			})
		);
		await real.s.waitIdle();
		const results = await Promise.all(answers);
		for (const i of arrivals) {
			const r = requests[i] as (typeof requests)[number];
			const placeholder = `placeholder-${i}`;
			const expected = state.ledger.apply(r.key, r.op, state.clock.now, () => placeholder);
			compare(expected, results[i] as PostingResult, r.op);
			const got = results[i];
			if (expected.ok && got?.ok && !expected.replayOf) {
				state.ledger.rename(placeholder, got.value.id);
			}
		}
		await checkBalances(state, real);
	}
	toString = () => `Burst(${JSON.stringify(this.ops)})`;
}

class Advance implements fc.AsyncCommand<State, Real> {
	check = () => true;
	async run(state: State, real: Real): Promise<void> {
		state.clock.now += 7_000;
		real.clock.now += 7_000;
	}
	toString = () => 'Advance(7s)';
}

function compare(expected: Outcome, got: PostingResult, op: Op): void {
	const where = JSON.stringify(op);
	if (!expected.ok) {
		if (got.ok || got.error !== expected.error) {
			throw new Error(`${where}: expected ${expected.error}, got ${JSON.stringify(got)}`);
		}
		return;
	}
	if (!got.ok) throw new Error(`${where}: expected success, got ${got.error}`);
	if (expected.replayOf !== null && (got.value.id !== expected.replayOf || !got.value.replayed)) {
		throw new Error(`${where}: expected a replay of ${expected.replayOf}, got ${got.value.id}`);
	}
}

async function checkBalances(state: State, real: Real): Promise<void> {
	const balances = await real.service.balances(real.accountIds);
	state.ledger.accounts.forEach((m: ModelAccount, i) => {
		const b = balances.get(real.accountIds[i] ?? '');
		if (!b || b.posted !== m.posted || b.available !== m.posted - m.held) {
			throw new Error(`account ${i}: model ${JSON.stringify(m)}, service ${JSON.stringify(b)}`);
		}
	});
}

const commands = fc.commands(
	[
		fc
			.array(fc.record({ a: abstract, late: fc.boolean() }), { minLength: 1, maxLength: 6 })
			.map((ops) => new Burst(ops)),
		fc.constant(new Advance())
	],
	{ size: '+1', maxCommands: 40 }
);

let owner = 1_000_000;

/** Runs the model-based property against a migrated database; throws on the first divergence. */
export async function checkLedgerModel(
	sql: postgres.Sql,
	params: fc.Parameters<[fc.Scheduler, Iterable<fc.AsyncCommand<State, Real>>]>
) {
	await fc.assert(
		fc.asyncProperty(fc.scheduler(), commands, async (s, cmds) => {
			const clock = { now: Date.UTC(2026, 2, 1) };
			const service = new PostingService(sql, { now: () => new Date(clock.now) });
			owner += 1;
			const accountIds = await Promise.all(
				ACCOUNTS.map(
					async (a, i) =>
						unwrap(
							await service.openAccount({
								ownerType: `model-${i}`,
								ownerId: owner,
								asset: a.asset,
								kind: a.kind,
								floor: a.floor
							})
						).id
				)
			);
			const state: State = {
				ledger: new LedgerModel(
					ACCOUNTS.map((a) => ({ asset: a.asset, floor: a.floor, posted: 0, held: 0 }))
				),
				sent: [],
				clock: { ...clock }
			};
			const real: Real = { service, accountIds, clock, s };
			await fc.asyncModelRun(() => ({ model: state, real }), cmds);
		}),
		params
	);
}
