import { can, type AccessSubject } from '../../domain/access';
import { VOUCHER_PHOTOS_MAX } from '../../domain/redemption/photos';
import { err, ok, type Result } from '../../../../../chain/core/shared';
import { saveImage } from '../images/store';
import type { ImageUpload } from '../images/uploads';
import type { RedemptionDeps } from './deps';

export { VOUCHER_PHOTOS_MAX };

/**
 * Why the counter cannot add photos: `voucher_not_found` (no such voucher of this partner),
 * `not_used` (photos record a service given, so only a confirmed voucher takes them),
 * `too_many_photos` (more than VOUCHER_PHOTOS_MAX in all).
 */
export type VoucherPhotoError = 'voucher_not_found' | 'not_used' | 'too_many_photos';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Staff add photos (already checked by parseImageUploads) to a voucher they confirmed. The
 * voucher row is locked so two uploads at once cannot pass the limit together.
 */
export async function addVoucherPhotos(
	deps: RedemptionDeps,
	staff: { userId: number; partnerId: number },
	voucherId: string,
	uploads: readonly ImageUpload[]
): Promise<Result<{ added: number }, VoucherPhotoError>> {
	if (!UUID.test(voucherId)) return err('voucher_not_found');
	return deps.sql.begin(async (tx) => {
		const [v] = await tx<{ partnerId: number; status: string; photos: number }[]>`
			select partner_id as "partnerId", status::text as status,
				(select count(*)::int from voucher_photos p where p.voucher_id = v.id) as photos
			from vouchers v where id = ${voucherId} for update`;
		if (!v || v.partnerId !== staff.partnerId) return err('voucher_not_found');
		if (v.status !== 'used') return err('not_used');
		if (v.photos + uploads.length > VOUCHER_PHOTOS_MAX) return err('too_many_photos');
		for (const upload of uploads) {
			const saved = await saveImage(tx, { uploaderId: staff.userId, ...upload });
			if (!saved.ok) throw new Error(`voucher photo refused: ${saved.error}`);
			await tx`insert into voucher_photos (voucher_id, image_id, added_by)
				values (${voucherId}, ${saved.value.id}, ${staff.userId})`;
		}
		return ok({ added: uploads.length });
	});
}

export async function voucherPhotoIds(
	deps: Pick<RedemptionDeps, 'sql'>,
	voucherId: string
): Promise<string[]> {
	if (!UUID.test(voucherId)) return [];
	const rows = await deps.sql<{ id: string }[]>`
		select image_id::text as id from voucher_photos where voucher_id = ${voucherId}
		order by created_at, image_id`;
	return rows.map((r) => r.id);
}

/**
 * Whether `user` may see this photo of this voucher: the staff of the voucher's partner, the
 * committee of its community (settlement.manage there) and the resident who redeemed it.
 * False also when the photo belongs to another voucher.
 */
export async function maySeeVoucherPhoto(
	deps: Pick<RedemptionDeps, 'sql'>,
	user: AccessSubject,
	voucherId: string,
	imageId: string
): Promise<boolean> {
	if (!UUID.test(voucherId) || !UUID.test(imageId)) return false;
	const [row] = await deps.sql<{ userId: number; path: string; staff: boolean }[]>`
		select v.user_id as "userId", n.path,
			exists(select 1 from partner_staff s where s.partner_id = v.partner_id
				and s.user_id = ${user.id}) as staff
		from voucher_photos p join vouchers v on v.id = p.voucher_id
		join nodes n on n.id = v.community_id
		where p.voucher_id = ${voucherId} and p.image_id = ${imageId}`;
	if (!row) return false;
	return row.userId === user.id || row.staff || can(user, 'settlement.manage', row.path);
}

/** A catalogue photo: of a live offer for anyone signed in, of any other for its partner's staff. */
export async function maySeeOfferPhoto(
	deps: Pick<RedemptionDeps, 'sql'>,
	userId: number,
	offerId: number,
	imageId: string
): Promise<boolean> {
	if (!Number.isSafeInteger(offerId) || !UUID.test(imageId)) return false;
	const [row] = await deps.sql<{ visible: boolean }[]>`
		select o.status = 'live' or exists(select 1 from partner_staff s
			where s.partner_id = o.partner_id and s.user_id = ${userId}) as visible
		from offer_photos p join offers o on o.id = p.offer_id
		where p.offer_id = ${offerId} and p.image_id = ${imageId}`;
	return row?.visible ?? false;
}
