import type { Sql } from '$db/client';
import { DEMO_LOGINS, DEMO_STREET_COMMITTEE } from '$seed/accounts';
import { encryptField, phoneHash } from '../crypto';
import { DEMO_TOTP_SECRET } from './demo';

/**
 * Enrols the demo staff (every demo account holding a role that needs two-factor, and the partner
 * managers) with DEMO_TOTP_SECRET, so the demo and the e2e tests can sign in as staff. Called
 * at start whenever the demo data is present (web/server/boot.ts); idempotent, and it never
 * replaces a key someone enrolled themselves.
 */
export async function enrolDemoStaff(sql: Sql): Promise<number> {
	const phones = [...DEMO_LOGINS.map((a) => a.login), DEMO_STREET_COMMITTEE.phone];
	const hashes = phones.map((p) => phoneHash(p));
	const rows = await sql<{ id: number }[]>`
		select distinct u.id from users u
		where (u.phone_hash = any(${hashes}) or u.phone = any(${phones}))
			and (exists (select 1 from role_grants g where g.user_id = u.id
					and g.role in ('committee', 'auditor', 'admin'))
				or exists (select 1 from partner_staff s where s.user_id = u.id and s.is_manager))`;
	for (const row of rows) {
		await sql`insert into two_factor_secrets (user_id, secret_cipher, enabled_at)
			values (${row.id}, ${encryptField('totp_secret', DEMO_TOTP_SECRET)}, now())
			on conflict (user_id) do nothing`;
	}
	return rows.length;
}
