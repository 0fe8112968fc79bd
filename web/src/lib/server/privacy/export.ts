import type { Sql } from '$db/client';
import { isSealed, openField, revealPhone, type PersonalField } from '../crypto';

/** Columns never exported: credentials and the encrypted forms of values exported in clear. */
const SECRET_COLUMNS = new Set([
	'password_hash',
	'secret_cipher',
	'code_hash',
	'phone_hash',
	'phone_cipher',
	'request_hash',
	'id_number_cipher',
	'id_number_hash',
	'contact_phone_cipher'
]);
/** Encrypted columns of other tables, exported in clear under their legacy plaintext name. */
const OPENED_COLUMNS: Record<string, { column: string; field: PersonalField }> = {
	// The partner contact phone the person gave when applying (redemption/partner-contact.ts).
	contact_phone_cipher: { column: 'contact_phone', field: 'phone' }
};
/** Tables that hold only credentials (their rows would say nothing to the person). */
const SECRET_TABLES = new Set(['sessions', 'password_reset_tokens', 'two_factor_recovery_codes']);

export type ExportRow = Record<string, unknown>;

export interface PersonalExport {
	exportedAt: string;
	profile: ExportRow;
	/** Every row of every table that points at this person, by table and column. */
	records: Record<string, ExportRow[]>;
	ledger: { accounts: ExportRow[]; transfers: ExportRow[] };
}

/**
 * Everything held about one person. Tables are found from the database's own foreign keys to
 * `users`, so a feature added later is exported without changing this file; the ledger (whose
 * accounts name owners by opaque id, without a foreign key) is added explicitly.
 */
export async function exportPersonalData(
	sql: Sql,
	userId: number,
	now: Date
): Promise<PersonalExport> {
	const [user] = await sql<ExportRow[]>`
		select u.*, n.name as community_name from users u
		left join nodes n on n.id = u.community_id where u.id = ${userId}`;
	if (!user) throw new Error(`no user ${userId}`);
	const profile = clean(user);
	profile.phone = revealPhone({
		phone: (user.phone as string | null) ?? null,
		phoneCipher: (user.phone_cipher as string | null) ?? null
	});
	const address = (user.address as string | null) ?? null;
	// A row written before encryption at rest (and not yet migrated) still holds plaintext.
	profile.address = address && isSealed(address) ? openField('address', address) : address;
	const [id] = await sql<{ cipher: string }[]>`
		select id_number_cipher as cipher from resident_id_numbers where user_id = ${userId}`;
	profile.id_number = openField('id_number', id?.cipher);
	const records: Record<string, ExportRow[]> = {};
	for (const ref of await referencesToUsers(sql)) {
		if (SECRET_TABLES.has(ref.table)) continue;
		const rows = await sql<ExportRow[]>`
			select * from ${sql(ref.table)} where ${sql(ref.column)} = ${userId}`;
		if (rows.length > 0) records[`${ref.table}.${ref.column}`] = rows.map(opened).map(clean);
	}
	const accounts = await sql<ExportRow[]>`
		select id, asset, kind, floor, credits_posted - debits_posted as balance, created_at
		from ledger_accounts where owner_type = 'user' and owner_id = ${userId} order by asset`;
	const ids = accounts.map((a) => a.id as string);
	const transfers = ids.length
		? await sql<ExportRow[]>`
			select id, seq, asset, amount, kind, pending, resolution, reference,
				case when credit_account_id = any(${ids}) then 'in' else 'out' end as direction,
				created_at
			from ledger_transfers
			where debit_account_id = any(${ids}) or credit_account_id = any(${ids})
			order by seq`
		: [];
	return {
		exportedAt: now.toISOString(),
		profile,
		records,
		ledger: { accounts: accounts.map(clean), transfers: transfers.map(clean) }
	};
}

async function referencesToUsers(sql: Sql): Promise<{ table: string; column: string }[]> {
	return sql<{ table: string; column: string }[]>`
		select cl.relname as table, a.attname as column
		from pg_constraint c
		join pg_class cl on cl.oid = c.conrelid
		join pg_namespace ns on ns.oid = cl.relnamespace
		join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
		where c.contype = 'f' and c.confrelid = 'users'::regclass and ns.nspname = 'public'
			and cardinality(c.conkey) = 1
		order by 1, 2`;
}

function opened(row: ExportRow): ExportRow {
	const out = { ...row };
	for (const [cipher, { column, field }] of Object.entries(OPENED_COLUMNS)) {
		const sealed = row[cipher];
		if (typeof sealed === 'string') out[column] = openField(field, sealed);
	}
	return out;
}

function clean(row: ExportRow): ExportRow {
	return Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMNS.has(k)));
}

/**
 * The same export as one CSV in long form (dataset, row, field, value), so it opens in any
 * spreadsheet without one sheet per table.
 */
export function exportRows(data: PersonalExport): string[][] {
	const out: string[][] = [];
	const add = (dataset: string, rows: ExportRow[]) =>
		rows.forEach((row, i) => {
			for (const [field, value] of Object.entries(row)) {
				out.push([dataset, String(i + 1), field, value === null ? '' : stringify(value)]);
			}
		});
	add('profile', [data.profile]);
	for (const [name, rows] of Object.entries(data.records)) add(name, rows);
	add('ledger.accounts', data.ledger.accounts);
	add('ledger.transfers', data.ledger.transfers);
	return out;
}

function stringify(value: unknown): string {
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'object') return JSON.stringify(value);
	return String(value as string | number | boolean);
}
