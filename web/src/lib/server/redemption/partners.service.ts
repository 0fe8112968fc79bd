import { err, ok, type Result } from '../../../../../chain/core/shared';
import { notify, type PendingNotification } from '../notifications/notify';
import type { RedemptionDeps } from './deps';
import { phoneHash, revealPhone } from '$lib/server/crypto';
import { maskedContactPhone, sealContactPhone } from './partner-contact';

export interface PartnerApplication {
	name: string;
	licenceNo: string;
	contactName: string;
	contactPhone: string;
	address: string;
	categories: string[];
	communityIds: number[];
}

export type ApplyError = 'licence_taken' | 'unknown_community';

/**
 * A business applies: the partner is created `pending`, with one pending row per community it
 * wants to serve, and the applicant becomes its manager. The `partner` role is only granted when
 * a committee approves. Errors: 'licence_taken', 'unknown_community'.
 */
export async function applyAsPartner(
	deps: RedemptionDeps,
	applicantId: number,
	input: PartnerApplication
): Promise<Result<{ partnerId: number }, ApplyError>> {
	return deps.sql.begin(async (tx) => {
		const found =
			await tx`select id from nodes where level = 'community' and id in ${tx(input.communityIds)}`;
		if (found.length !== new Set(input.communityIds).size) return err('unknown_community');
		const [row] = await tx<{ id: number }[]>`
			insert into partners (name, licence_no, status, contact_name, contact_phone_cipher, address, categories, applicant_id)
			values (${input.name}, ${input.licenceNo}, 'pending', ${input.contactName}, ${sealContactPhone(input.contactPhone)},
				${input.address}, ${input.categories}, ${applicantId})
			on conflict (licence_no) do nothing returning id`;
		if (!row) return err('licence_taken');
		for (const communityId of input.communityIds) {
			await tx`insert into partner_communities (partner_id, community_id) values (${row.id}, ${communityId})`;
		}
		await tx`insert into partner_staff (partner_id, user_id, is_manager) values (${row.id}, ${applicantId}, true)`;
		return ok({ partnerId: row.id });
	});
}

export interface PendingApplication {
	partnerId: number;
	communityId: number;
	name: string;
	licenceNo: string;
	contactName: string | null;
	/** Masked (138****5678); the committee unmasks it with a reason (partner-contact.ts). */
	contactPhone: string;
	address: string | null;
	categories: string[];
	communityName: string;
	status: 'pending' | 'approved' | 'rejected';
}

/** Applications in the communities under `scopes` (node paths), newest first. */
export async function listApplications(
	deps: RedemptionDeps,
	scopes: readonly string[]
): Promise<PendingApplication[]> {
	if (scopes.length === 0) return [];
	const patterns = scopes.map((s) => `${s}%`);
	const rows = await deps.sql<
		(Omit<PendingApplication, 'contactPhone'> & {
			contactPhone: string | null;
			contactPhoneCipher: string | null;
		})[]
	>`
		select p.id as "partnerId", pc.community_id as "communityId", p.name, p.licence_no as "licenceNo",
			p.contact_name as "contactName", p.contact_phone as "contactPhone",
			p.contact_phone_cipher as "contactPhoneCipher", p.address, p.categories,
			n.name as "communityName", pc.status
		from partner_communities pc join partners p on p.id = pc.partner_id join nodes n on n.id = pc.community_id
		where n.path like any(${patterns})
		order by (pc.status = 'pending') desc, p.created_at desc limit 200`;
	return rows.map(({ contactPhoneCipher, ...r }) => ({
		...r,
		contactPhone: maskedContactPhone({ contactPhone: r.contactPhone, contactPhoneCipher })
	}));
}

export type DecideError = 'not_found' | 'already_decided';

/**
 * A committee approves or rejects a partner for one community. Approval also approves the
 * partner itself and grants its staff the `partner` role on that community, so they can use the
 * counter. The caller checks 'partner.approve' on the community first.
 * Errors: 'not_found', 'already_decided'.
 */
export async function decideApplication(
	deps: RedemptionDeps,
	deciderId: number,
	input: { partnerId: number; communityId: number; approve: boolean; reason: string | null }
): Promise<Result<void, DecideError>> {
	const decided = await deps.sql.begin(
		async (tx): Promise<Result<PendingNotification | null, DecideError>> => {
			const status = input.approve ? 'approved' : 'rejected';
			const [row] = await tx<{ applicantId: number | null; partner: string; community: string }[]>`
			update partner_communities pc
			set status = ${status}, reason = ${input.reason}, decided_by = ${deciderId}, decided_at = now()
			from partners p, nodes n
			where pc.partner_id = ${input.partnerId} and pc.community_id = ${input.communityId}
				and pc.status = 'pending' and p.id = pc.partner_id and n.id = pc.community_id
			returning p.applicant_id as "applicantId", p.name as partner, n.name as community`;
			if (!row) {
				const [exists] = await tx`select 1 from partner_communities
				where partner_id = ${input.partnerId} and community_id = ${input.communityId}`;
				return err(exists ? 'already_decided' : 'not_found');
			}
			if (input.approve) {
				await tx`update partners set status = 'approved' where id = ${input.partnerId} and status = 'pending'`;
				await tx`insert into role_grants (user_id, role, node_id, granted_by)
				select user_id, 'partner', ${input.communityId}, ${deciderId} from partner_staff
				where partner_id = ${input.partnerId}
				on conflict do nothing`;
			}
			// The applicant hears the decision, with the committee's reason when it is a no.
			const notice =
				row.applicantId === null
					? null
					: await notify(
							tx,
							{
								userId: row.applicantId,
								type: input.approve ? 'partner_approved' : 'partner_rejected',
								params: {
									partner: row.partner,
									community: row.community,
									reason: input.reason ?? ''
								},
								link: '/partner'
							},
							deps.realtime
						);
			return ok(notice);
		}
	);
	if (!decided.ok) return decided;
	await decided.value?.publish();
	return ok(undefined);
}

export interface StaffMembership {
	partnerId: number;
	partnerName: string;
	isManager: boolean;
	partnerStatus: string;
}

/** The partners a user works for (usually one). */
export async function membershipsOf(
	deps: RedemptionDeps,
	userId: number
): Promise<StaffMembership[]> {
	return deps.sql<StaffMembership[]>`
		select s.partner_id as "partnerId", p.name as "partnerName", s.is_manager as "isManager",
			p.status as "partnerStatus"
		from partner_staff s join partners p on p.id = s.partner_id
		where s.user_id = ${userId} order by p.id`;
}

export type StaffError = 'user_not_found' | 'cannot_remove_self';

/**
 * A manager adds a staff member by phone number; they get the `partner` role in every community
 * the partner is approved for. Errors: 'user_not_found'.
 */
export async function addStaff(
	deps: RedemptionDeps,
	managerId: number,
	partnerId: number,
	phone: string
): Promise<Result<void, StaffError>> {
	return deps.sql.begin(async (tx) => {
		const [user] = await tx<{ id: number }[]>`select id from users
			where phone_hash = ${phoneHash(phone)} or phone = ${phone}`;
		if (!user) return err('user_not_found');
		await tx`insert into partner_staff (partner_id, user_id) values (${partnerId}, ${user.id})
			on conflict do nothing`;
		await tx`insert into role_grants (user_id, role, node_id, granted_by)
			select ${user.id}, 'partner', community_id, ${managerId} from partner_communities
			where partner_id = ${partnerId} and status = 'approved'
			on conflict do nothing`;
		return ok(undefined);
	});
}

/** Removes a staff member and their counter role. Errors: 'cannot_remove_self'. */
export async function removeStaff(
	deps: RedemptionDeps,
	managerId: number,
	partnerId: number,
	userId: number
): Promise<Result<void, StaffError>> {
	if (userId === managerId) return err('cannot_remove_self');
	await deps.sql.begin(async (tx) => {
		await tx`delete from partner_staff where partner_id = ${partnerId} and user_id = ${userId}`;
		// Keep the role where the person still works for another partner in that community.
		await tx`delete from role_grants g where g.user_id = ${userId} and g.role = 'partner'
			and g.node_id in (select community_id from partner_communities where partner_id = ${partnerId})
			and not exists (select 1 from partner_staff s join partner_communities c on c.partner_id = s.partner_id
				where s.user_id = ${userId} and c.community_id = g.node_id and c.status = 'approved')`;
	});
	return ok(undefined);
}

export async function staffOf(
	deps: RedemptionDeps,
	partnerId: number
): Promise<{ userId: number; name: string; phone: string | null; isManager: boolean }[]> {
	const rows = await deps.sql<
		{
			userId: number;
			name: string;
			phone: string | null;
			phoneCipher: string | null;
			isManager: boolean;
		}[]
	>`
		select u.id as "userId", u.display_name as name, u.phone, u.phone_cipher as "phoneCipher",
			s.is_manager as "isManager"
		from partner_staff s join users u on u.id = s.user_id
		where s.partner_id = ${partnerId} order by s.is_manager desc, u.display_name`;
	// Phone numbers are stored encrypted (crypto/phone.ts).
	return rows.map(({ phoneCipher, ...r }) => ({ ...r, phone: revealPhone({ ...r, phoneCipher }) }));
}
