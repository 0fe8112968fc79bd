import { err, ok, type Result } from '$core/shared';
import { can, type AccessSubject } from '$lib/domain/access';
import { photoMatchesMime, type PhotoMime } from '$lib/domain/sorting';
import { isUuid } from '../ledger/ids';
import type { SortingDeps } from './deps';

export interface DropoffPhoto {
	mime: PhotoMime;
	bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A drop-off's photo for someone allowed to see it: the committee over the drop-off's community,
 * the household's members (their own bags), and the inspector who took it. Everyone else, and a
 * photo whose bytes are not the picture type it was sent as, gets 'not_found', so nobody learns
 * which drop-offs have photos.
 */
export async function dropoffPhoto(
	deps: Pick<SortingDeps, 'sql'>,
	user: AccessSubject,
	dropoffId: string
): Promise<Result<DropoffPhoto, 'not_found'>> {
	if (!isUuid(dropoffId)) return err('not_found');
	const [row] = await deps.sql<
		{ mime: string; data: string; inspector_id: number; path: string; member: boolean }[]
	>`
		select p.mime, p.data, d.inspector_id, n.path,
			exists (select 1 from sorting_household_members m
				where m.household_id = d.household_id and m.user_id = ${user.id}) as member
		from sorting_photos p
		join sorting_dropoffs d on d.id = p.dropoff_id
		join nodes n on n.id = d.community_id
		where p.dropoff_id = ${dropoffId.toLowerCase()}::uuid`;
	if (!row) return err('not_found');
	const allowed =
		row.inspector_id === user.id || row.member || can(user, 'sorting.manage', row.path);
	if (!allowed) return err('not_found');
	const bytes = new Uint8Array(Buffer.from(row.data, 'base64'));
	return photoMatchesMime(bytes, row.mime) ? ok({ mime: row.mime, bytes }) : err('not_found');
}

/**
 * The HTTP answer for a photo. `nosniff` and the sandboxing policy keep a browser from reading it
 * as anything but a picture; `private` keeps it out of shared caches (it shows someone's rubbish
 * and is only for the people above), and a short lifetime lets a removed member lose it soon.
 */
export function photoResponse(photo: DropoffPhoto): Response {
	return new Response(photo.bytes, {
		headers: {
			'content-type': photo.mime,
			'content-length': String(photo.bytes.byteLength),
			'x-content-type-options': 'nosniff',
			'cache-control': 'private, max-age=300',
			'content-disposition': 'inline',
			'content-security-policy': "default-src 'none'; sandbox",
			'cross-origin-resource-policy': 'same-origin'
		}
	});
}
