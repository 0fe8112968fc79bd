import type postgres from 'postgres';
import {
	availableBalance,
	checkFloor,
	floorFor,
	isAccountKind,
	isAsset,
	postedBalance
} from '$core/ledger';
import { err, ok, type Result } from '$core/shared';
import { uuidv7 } from './ids';
import { toAccount } from './ledger.repository';
import type { AccountBalance, AccountSpec, LedgerAccount } from './types';

export type AccountError = 'asset_not_allowed_for_kind' | 'invalid_floor' | 'invalid_request';

/**
 * Inserts an account unless the owner already has one of this asset and kind; returns null then.
 * The floor defaults by kind (core floorFor) or is checked when given (core checkFloor).
 */
export async function insertAccount(
	sql: postgres.Sql,
	spec: AccountSpec
): Promise<Result<LedgerAccount | null, AccountError>> {
	if (!isAsset(spec.asset) || !isAccountKind(spec.kind)) return err('invalid_request');
	if (!spec.ownerType || !Number.isSafeInteger(spec.ownerId)) return err('invalid_request');
	const floor =
		spec.floor === undefined
			? floorFor(spec.kind, spec.asset)
			: checkFloor(spec.kind, spec.asset, spec.floor);
	if (!floor.ok) return floor;
	const rows = await sql`
		insert into ledger_accounts (id, asset, kind, owner_type, owner_id, floor)
		values (${uuidv7()}, ${spec.asset}, ${spec.kind}, ${spec.ownerType}, ${spec.ownerId}, ${floor.value})
		on conflict (owner_type, owner_id, asset, kind) do nothing
		returning *`;
	return ok(rows[0] ? toAccount(rows[0]) : null);
}

const keyOf = (s: AccountSpec) => `${s.ownerType}|${s.ownerId}|${s.asset}|${s.kind}`;

/**
 * Returns each owner's account, opening those that do not exist yet: one insert for all of them
 * (in key order, so concurrent callers wait rather than deadlock) and one select for the ones
 * that already existed. Errors per spec: as insertAccount.
 */
export async function ensureAccounts(
	sql: postgres.Sql,
	specs: AccountSpec[]
): Promise<Result<LedgerAccount, AccountError>[]> {
	const wanted = new Map<string, Record<string, unknown>>();
	const checked = specs.map((spec): Result<string, AccountError> => {
		if (!isAsset(spec.asset) || !isAccountKind(spec.kind)) return err('invalid_request');
		if (!spec.ownerType || !Number.isSafeInteger(spec.ownerId)) return err('invalid_request');
		const floor =
			spec.floor === undefined
				? floorFor(spec.kind, spec.asset)
				: checkFloor(spec.kind, spec.asset, spec.floor);
		if (!floor.ok) return floor;
		const key = keyOf(spec);
		const { asset, kind, ownerType, ownerId } = spec;
		wanted.set(key, {
			id: uuidv7(),
			asset,
			kind,
			owner_type: ownerType,
			owner_id: ownerId,
			floor: floor.value
		});
		return ok(key);
	});
	const rows = [...wanted]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([, row], n) => ({ ...row, n }));
	const found = new Map<string, LedgerAccount>();
	if (rows.length > 0) {
		const json = JSON.stringify(rows);
		const inserted = await sql`
			insert into ledger_accounts (id, asset, kind, owner_type, owner_id, floor)
			select r.id, r.asset, r.kind, r.owner_type, r.owner_id, r.floor
			from json_to_recordset(${json}::text::json) as r(id uuid, asset text,
				kind text, owner_type text, owner_id int, floor bigint, n bigint)
			order by r.n
			on conflict (owner_type, owner_id, asset, kind) do nothing
			returning *`;
		for (const row of inserted) found.set(keyOf(toAccount(row)), toAccount(row));
		if (found.size < rows.length) {
			const existing = await sql`
				select a.* from ledger_accounts a
				join json_to_recordset(${json}::text::json) as r(asset text, kind text, owner_type text,
					owner_id int) on a.owner_type = r.owner_type and a.owner_id = r.owner_id
					and a.asset = r.asset and a.kind = r.kind`;
			for (const row of existing) found.set(keyOf(toAccount(row)), toAccount(row));
		}
	}
	return checked.map((c) => {
		if (!c.ok) return c;
		const account = found.get(c.value);
		if (!account) throw new Error('account vanished between insert and select');
		return ok(account);
	});
}

export async function selectAccountOf(
	sql: postgres.Sql,
	spec: AccountSpec
): Promise<LedgerAccount> {
	const rows = await sql`
		select * from ledger_accounts where owner_type = ${spec.ownerType}
			and owner_id = ${spec.ownerId} and asset = ${spec.asset} and kind = ${spec.kind}`;
	const row = rows[0];
	if (!row) throw new Error('account vanished between insert and select');
	return toAccount(row);
}

export function toBalance(a: LedgerAccount): AccountBalance {
	const { id, asset, kind, floor, debitsPosted, creditsPosted, debitsPending, creditsPending } = a;
	return {
		id,
		asset,
		kind,
		floor,
		posted: postedBalance(a),
		available: availableBalance(a),
		debitsPosted,
		creditsPosted,
		debitsPending,
		creditsPending
	};
}
