import { and, eq } from 'drizzle-orm';
import { err, ok, type Result } from '$core/shared';
import { nodes, partnerCommunities, partners } from '$db/schema';
import { can, type AccessSubject } from '$lib/domain/access';
import { maskPhone } from '$lib/domain/access/mask';
import { record } from '../audit';
import type { Executor } from '../auth/db';
import { encryptField, openField } from '../crypto';
import type { UnmaskError } from '../privacy/unmask';

/**
 * The partner's contact phone is the applicant's own mobile, so it is personal data like a
 * resident's phone: stored encrypted (field 'phone'), shown masked, and only unmasked by the
 * committee deciding the application, with a logged reason. No lookup hash: nobody searches
 * partners by this number.
 */
export function sealContactPhone(phone: string): string {
	return encryptField('phone', phone);
}

/** The plaintext number of a partner row read with both contact phone columns. */
export function revealContactPhone(row: {
	contactPhone: string | null;
	contactPhoneCipher: string | null;
}): string | null {
	// A row written before encryption at rest (and not yet migrated) still holds plaintext.
	return openField('phone', row.contactPhoneCipher) ?? row.contactPhone;
}

/** 138****5678 for lists; '' when there is no number. */
export function maskedContactPhone(row: {
	contactPhone: string | null;
	contactPhoneCipher: string | null;
}): string {
	return maskPhone(revealContactPhone(row));
}

/**
 * Shows a partner's contact phone in full to someone who may decide its application in that
 * community ('partner.approve', the committee), and logs who looked and why
 * (`personal.unmask`, masked value only). Errors as unmaskPersonalField:
 * 'not_found' (no such application), 'forbidden', 'reason_required', 'reason_too_long'.
 */
export async function unmaskPartnerContactPhone(
	db: Executor,
	actor: AccessSubject,
	input: { partnerId: number; communityId: number; reason: string }
): Promise<Result<{ value: string | null }, UnmaskError>> {
	const reason = input.reason.trim();
	if (!reason) return err('reason_required');
	if (reason.length > 200) return err('reason_too_long');
	const [row] = await db
		.select({
			contactPhone: partners.contactPhone,
			contactPhoneCipher: partners.contactPhoneCipher,
			path: nodes.path
		})
		.from(partnerCommunities)
		.innerJoin(partners, eq(partners.id, partnerCommunities.partnerId))
		.innerJoin(nodes, eq(nodes.id, partnerCommunities.communityId))
		.where(
			and(
				eq(partnerCommunities.partnerId, input.partnerId),
				eq(partnerCommunities.communityId, input.communityId)
			)
		);
	if (!row) return err('not_found');
	if (!can(actor, 'partner.approve', row.path)) return err('forbidden');
	const value = revealContactPhone(row);
	await record(db, {
		actorId: actor.id,
		action: 'personal.unmask',
		target: { type: 'partner', id: input.partnerId },
		nodePath: row.path,
		after: { field: 'contactPhone', shown: maskPhone(value) },
		reason
	});
	return ok({ value });
}
