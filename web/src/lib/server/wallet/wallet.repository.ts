import type postgres from 'postgres';
import type { ReceiptStatus } from '$core/journal';
import type { AccountKind, Asset } from '$core/ledger';
import type { CounterpartFacts } from '$lib/domain/wallet';

type Sql = postgres.Sql;

export interface OwnerRow {
	userId: number;
	displayName: string;
	communityId: number | null;
	communityName: string | null;
	communityPath: string | null;
	/** The community's credit limit for residents' hours; null when it kept the default. */
	creditLimitMinutes: number | null;
}

export async function selectOwner(sql: Sql, userId: number): Promise<OwnerRow | null> {
	const [row] = await sql`
		select u.id, u.display_name, u.community_id, n.name as community_name,
			n.path as community_path, s.credit_limit_minutes
		from users u
			left join nodes n on n.id = u.community_id
			left join timebank_settings s on s.community_id = u.community_id
		where u.id = ${userId}`;
	if (!row) return null;
	return {
		userId: Number(row.id),
		displayName: row.display_name as string,
		communityId: row.community_id === null ? null : Number(row.community_id),
		communityName: row.community_name as string | null,
		communityPath: row.community_path as string | null,
		creditLimitMinutes: row.credit_limit_minutes === null ? null : Number(row.credit_limit_minutes)
	};
}

export interface AccountRef {
	id: string;
	ownerId: number;
	asset: Asset;
	kind: AccountKind;
}

/** The accounts of owners of one type (`user`, `community`), optionally only some kinds. */
export async function selectAccountRefs(
	sql: Sql,
	ownerType: string,
	ownerIds: number[],
	kinds: readonly AccountKind[]
): Promise<AccountRef[]> {
	const rows = await sql`
		select id, owner_id, asset, kind from ledger_accounts
		where owner_type = ${ownerType} and owner_id = any(${ownerIds}::int[])
			and kind = any(${kinds as AccountKind[]}::text[])`;
	return rows.map((r) => ({
		id: r.id as string,
		ownerId: Number(r.owner_id),
		asset: r.asset as Asset,
		kind: r.kind as AccountKind
	}));
}

export interface EntryDetails {
	receiptStatus: ReceiptStatus;
	counterpart: CounterpartFacts;
	holdOutcome: 'capture' | 'void' | null;
	reversed: boolean;
}

/**
 * What a page of history needs beyond the transfers themselves, for all its entries in ONE
 * query (each entry names the account it is seen from): the receipt status (the same rule as getReceipt: no journal entry → pending, entry
 * without block → journaled, block → sealed, anchored block → anchored), the other side's
 * account and name, how a hold ended, and whether a later transfer reversed the entry.
 */
export async function selectEntryDetails(
	sql: Sql,
	entries: { transferId: string; accountId: string }[]
): Promise<Map<string, EntryDetails>> {
	if (entries.length === 0) return new Map();
	const transferIds = entries.map((e) => e.transferId);
	const accountIds = entries.map((e) => e.accountId);
	const rows = await sql`
		select t.id, c.owner_type, c.kind as account_kind, c.asset,
			coalesce(u.display_name, p.name) as name,
			case when e.position is null then 'pending' when b.number is null then 'journaled'
				when a.block_number is null then 'sealed' else 'anchored' end as receipt_status,
			r.resolution as hold_outcome, (v.id is not null) as reversed
		from unnest(${transferIds}::uuid[], ${accountIds}::uuid[]) as q(transfer_id, account_id)
			join ledger_transfers t on t.id = q.transfer_id
			join ledger_accounts c on c.id = case when t.debit_account_id = q.account_id
				then t.credit_account_id else t.debit_account_id end
			left join users u on c.owner_type = 'user' and u.id = c.owner_id
			left join partners p on c.owner_type = 'partner' and p.id = c.owner_id
			left join ledger_journal_entries e on e.transfer_id = t.id
			left join lateral (
				select number, last_position from ledger_blocks
				where first_position <= e.position order by first_position desc limit 1
			) b on b.last_position >= e.position
			left join ledger_block_anchors a on a.block_number = b.number
			left join ledger_transfers r on r.pending_id = t.id and t.pending
			left join ledger_transfers v on v.reverses_id = t.id`;
	return new Map(
		rows.map((r) => [
			r.id as string,
			{
				receiptStatus: r.receipt_status as ReceiptStatus,
				counterpart: {
					ownerType: r.owner_type as string,
					accountKind: r.account_kind as string,
					asset: r.asset as Asset,
					name: (r.name as string | null) ?? null
				},
				holdOutcome: (r.hold_outcome as 'capture' | 'void' | null) ?? null,
				reversed: r.reversed as boolean
			}
		])
	);
}

export interface ResidentRow {
	userId: number;
	displayName: string;
	/** The legacy plaintext column and the encrypted one; revealPhone() reads whichever is set. */
	phone: string | null;
	phoneCipher: string | null;
	communityName: string;
}

/** `%` and `_` typed by a person are literal characters, not wildcards. */
function likeLiteral(text: string): string {
	return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Residents of the communities at or below `scopes` whose name contains `text`, or whose phone
 * number is the one with lookup hash `phoneHash` (numbers are stored encrypted, so only a whole
 * number can be looked up). Names first by closeness: exact, then prefix, then the rest.
 */
export async function searchResidentRows(
	sql: Sql,
	scopes: string[],
	text: string,
	phone: { number: string; hash: string } | null,
	limit: number
): Promise<ResidentRow[]> {
	if (scopes.length === 0) return [];
	const patterns = scopes.map((s) => `${likeLiteral(s)}%`);
	const name = `%${likeLiteral(text)}%`;
	const rows = await sql`
		select u.id, u.display_name, u.phone, u.phone_cipher, n.name as community_name
		from users u join nodes n on n.id = u.community_id
		where n.path like any(${patterns}::text[])
			and (u.display_name ilike ${name}
				${phone ? sql`or u.phone_hash = ${phone.hash} or u.phone = ${phone.number}` : sql``})
		order by (u.display_name = ${text}) desc, (u.display_name ilike ${`${likeLiteral(text)}%`}) desc,
			u.display_name, u.id
		limit ${limit}`;
	return rows.map((r) => ({
		userId: Number(r.id),
		displayName: r.display_name as string,
		phone: r.phone as string | null,
		phoneCipher: r.phone_cipher as string | null,
		communityName: r.community_name as string
	}));
}
