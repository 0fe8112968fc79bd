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
