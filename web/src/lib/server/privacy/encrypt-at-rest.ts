import type { Sql } from '$db/client';
import { encryptField, isSealed, phoneHash } from '../crypto';

const BATCH = 500;

/**
 * The data migration behind "personal fields encrypted at rest": moves any phone number still in
 * the legacy plaintext `users.phone` column into `phone_cipher` + `phone_hash`, encrypts any
 * plaintext `users.address`, and moves partner contact phones from `partners.contact_phone` into
 * `contact_phone_cipher`. Idempotent (a second run finds nothing) and run at every start after
 * migrations and seeding (web/server/boot.ts), because encrypting needs the application key,
 * which the SQL migration runner does not have. Returns how many rows it changed.
 */
export async function encryptPlaintextPersonalFields(sql: Sql): Promise<number> {
	return (await encryptUserFields(sql)) + (await encryptPartnerContactPhones(sql));
}

async function encryptPartnerContactPhones(sql: Sql): Promise<number> {
	let changed = 0;
	for (;;) {
		const rows = await sql<{ id: number; phone: string }[]>`
			select id, contact_phone as phone from partners where contact_phone is not null
			order by id limit ${BATCH}`;
		if (rows.length === 0) return changed;
		await sql.begin(async (tx) => {
			for (const row of rows) {
				await tx`update partners set contact_phone = null,
					contact_phone_cipher = ${encryptField('phone', row.phone)}
					where id = ${row.id} and contact_phone = ${row.phone}`;
			}
		});
		changed += rows.length;
	}
}

async function encryptUserFields(sql: Sql): Promise<number> {
	let changed = 0;
	for (;;) {
		const rows = await sql<{ id: number; phone: string | null; address: string | null }[]>`
			select id, phone, address from users
			where phone is not null or (address is not null and address not like 'v1.%')
			order by id limit ${BATCH}`;
		if (rows.length === 0) return changed;
		await sql.begin(async (tx) => {
			for (const row of rows) {
				const address =
					row.address === null || isSealed(row.address)
						? row.address
						: encryptField('address', row.address);
				if (row.phone === null) {
					await tx`update users set address = ${address} where id = ${row.id}`;
					continue;
				}
				await tx`update users set phone = null, phone_hash = ${phoneHash(row.phone)},
					phone_cipher = ${encryptField('phone', row.phone)}, address = ${address}
					where id = ${row.id} and phone = ${row.phone}`;
			}
		});
		changed += rows.length;
	}
}
