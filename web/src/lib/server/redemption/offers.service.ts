import { err, ok, type Result } from '../../../../../chain/core/shared';
import { saveImage } from '../images/store';
import type { ImageUpload } from '../images/uploads';
import type { RedemptionDeps } from './deps';
import { withDates } from './rows';

export const OFFER_DATES = ['validFrom', 'validUntil'] as const;

export type OfferStatus = 'draft' | 'live' | 'paused' | 'ended';

export interface OfferInput {
	title: string;
	description: string;
	category: string;
	pricePoints: number;
	stock: number | null;
	monthlyLimit: number | null;
	validFrom: Date;
	validUntil: Date;
	voucherDays: number;
	communityIds: number[];
	/** Pictures for the catalogue, already checked (parseImageUploads), saved with the offer. */
	photos?: readonly ImageUpload[];
	uploaderId?: number;
}

export interface OfferSummary {
	id: number;
	partnerId: number;
	partnerName: string;
	title: string;
	description: string;
	category: string;
	/** Image ids in the partner's order; served by /offers/[id]/photos/[imageId]. */
	photoIds: string[];
	pricePoints: number;
	stock: number | null;
	redeemed: number;
	monthlyLimit: number | null;
	validFrom: Date;
	validUntil: Date;
	voucherDays: number;
	status: OfferStatus;
	communityIds: number[];
	/** Where the partner's shop is (null until its manager sets it), for finding offers nearby. */
	latitude: number | null;
	longitude: number | null;
}

export const OFFER_SELECT = `select o.id, o.partner_id as "partnerId", p.name as "partnerName", o.title, o.description,
	o.category, array(select ph.image_id::text from offer_photos ph where ph.offer_id = o.id
		order by ph.position) as "photoIds", o.price_points as "pricePoints", o.stock, o.redeemed,
	o.monthly_limit as "monthlyLimit", o.valid_from as "validFrom", o.valid_until as "validUntil",
	o.voucher_days as "voucherDays", o.status,
	array(select community_id from offer_communities c where c.offer_id = o.id order by 1) as "communityIds",
	p.latitude, p.longitude
	from offers o join partners p on p.id = o.partner_id`;

export type OfferError = 'community_not_approved' | 'not_found';

/**
 * Creates an offer as a draft. Only communities the partner is approved for may be listed.
 * Errors: 'community_not_approved'.
 */
export async function createOffer(
	deps: RedemptionDeps,
	partnerId: number,
	input: OfferInput
): Promise<Result<{ id: number }, OfferError>> {
	return deps.sql.begin(async (tx) => {
		const approved = await tx`select community_id from partner_communities
			where partner_id = ${partnerId} and status = 'approved' and community_id in ${tx(input.communityIds)}`;
		if (approved.length !== new Set(input.communityIds).size) return err('community_not_approved');
		const [row] = await tx<{ id: number }[]>`
			insert into offers (partner_id, title, description, category, price_points, stock,
				monthly_limit, valid_from, valid_until, voucher_days)
			values (${partnerId}, ${input.title}, ${input.description}, ${input.category},
				${input.pricePoints}, ${input.stock}, ${input.monthlyLimit}, ${input.validFrom.toISOString()},
				${input.validUntil.toISOString()}, ${input.voucherDays})
			returning id`;
		if (!row) throw new Error('offer insert returned nothing');
		for (const c of new Set(input.communityIds)) {
			await tx`insert into offer_communities (offer_id, community_id) values (${row.id}, ${c})`;
		}
		for (const [position, photo] of (input.photos ?? []).entries()) {
			const saved = await saveImage(tx, {
				uploaderId: input.uploaderId ?? null,
				bytes: photo.bytes,
				declaredMime: photo.declaredMime
			});
			// Checked before the transaction began, so a refusal here is a bug.
			if (!saved.ok) throw new Error(`offer photo refused: ${saved.error}`);
			await tx`insert into offer_photos (offer_id, image_id, position)
				values (${row.id}, ${saved.value.id}, ${position})`;
		}
		return ok({ id: row.id });
	});
}

/** Publishes, pauses or ends one of the partner's offers. Errors: 'not_found'. */
export async function setOfferStatus(
	deps: RedemptionDeps,
	partnerId: number,
	offerId: number,
	status: OfferStatus
): Promise<Result<void, OfferError>> {
	const rows = await deps.sql`update offers set status = ${status}
		where id = ${offerId} and partner_id = ${partnerId} and status <> 'ended' returning id`;
	return rows.length ? ok(undefined) : err('not_found');
}

export async function offersOfPartner(
	deps: RedemptionDeps,
	partnerId: number
): Promise<OfferSummary[]> {
	const rows = await deps.sql.unsafe<OfferSummary[]>(
		`${OFFER_SELECT} where o.partner_id = $1 order by o.id desc`,
		[partnerId]
	);
	return withDates(rows, OFFER_DATES);
}

export async function offerById(
	deps: RedemptionDeps,
	offerId: number
): Promise<OfferSummary | null> {
	const rows = await deps.sql.unsafe<OfferSummary[]>(`${OFFER_SELECT} where o.id = $1`, [offerId]);
	return withDates(rows, OFFER_DATES)[0] ?? null;
}

/** The resident's available points, 0 before their first point. */
export async function availablePoints(deps: RedemptionDeps, userId: number): Promise<number> {
	const [row] = await deps.sql<{ available: string }[]>`
		select credits_posted - debits_posted - debits_pending as available from ledger_accounts
		where owner_type = 'user' and owner_id = ${userId} and asset = 'POINT' and kind = 'resident'`;
	return Number(row?.available ?? 0);
}
