import { beforeAll, describe, expect, it } from 'vitest';
import type { AccessSubject } from '../../../web/src/lib/domain/access';
import { confirmVoucher } from '../../../web/src/lib/server/redemption/counter.service';
import {
	createOffer,
	offerById,
	setOfferStatus
} from '../../../web/src/lib/server/redemption/offers.service';
import {
	addVoucherPhotos,
	maySeeOfferPhoto,
	maySeeVoucherPhoto,
	voucherPhotoIds
} from '../../../web/src/lib/server/redemption/photos.service';
import { redeemOffer } from '../../../web/src/lib/server/redemption/redeem.service';
import { createTestDatabase } from '../../helpers/db';
import { makeUser, testDeps } from './fixtures';
import { liveOffer } from './live-offer';

const db = await createTestDatabase();
const deps = testDeps(db.sql);
let world: Awaited<ReturnType<typeof liveOffer>>;
let other: Awaited<ReturnType<typeof liveOffer>>;

/** A PNG header with a 2×2 IHDR: enough for the store's checks by magic bytes. */
function png(): { bytes: Uint8Array; declaredMime: string } {
	const bytes = new Uint8Array(33);
	bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
	bytes.set(
		[...'IHDR'].map((c) => c.charCodeAt(0)),
		12
	);
	bytes.set([0, 0, 0, 2, 0, 0, 0, 2, 8, 6, 0, 0, 0], 16);
	return { bytes, declaredMime: 'image/png' };
}

const subject = (id: number, roles: AccessSubject['roles'] = []): AccessSubject => ({
	id,
	status: 'verified',
	roles
});

async function usedVoucher(key: string): Promise<string> {
	const v = await redeemOffer(deps, world.resident, { offerId: world.offerId, requestKey: key });
	if (!v.ok) throw new Error(v.error);
	const staff = { userId: world.manager.id, partnerId: world.partnerId };
	const used = await confirmVoucher(deps, staff, v.value.code);
	if (!used.ok) throw new Error(used.error);
	return v.value.id;
}

beforeAll(async () => {
	world = await liveOffer(deps, '花园社区');
	other = await liveOffer(deps, '河边社区');
});

describe('counter photos', () => {
	it('should take photos only for a used voucher of the same partner, at most three', async () => {
		const staff = { userId: world.manager.id, partnerId: world.partnerId };
		const fresh = await redeemOffer(deps, world.resident, {
			offerId: world.offerId,
			requestKey: 'unused'
		});
		if (!fresh.ok) throw new Error(fresh.error);
		expect(await addVoucherPhotos(deps, staff, fresh.value.id, [png()])).toEqual({
			ok: false,
			error: 'not_used'
		});
		const id = await usedVoucher('used');
		const stranger = { userId: other.manager.id, partnerId: other.partnerId };
		expect(await addVoucherPhotos(deps, stranger, id, [png()])).toEqual({
			ok: false,
			error: 'voucher_not_found'
		});
		expect(await addVoucherPhotos(deps, staff, 'not-a-uuid', [png()])).toEqual({
			ok: false,
			error: 'voucher_not_found'
		});
		expect(await addVoucherPhotos(deps, staff, id, [png(), png()])).toEqual({
			ok: true,
			value: { added: 2 }
		});
		expect(await addVoucherPhotos(deps, staff, id, [png(), png()])).toEqual({
			ok: false,
			error: 'too_many_photos'
		});
		expect(await voucherPhotoIds(deps, id)).toHaveLength(2);
	});

	it('should show a photo to the partner, the committee there and the resident only', async () => {
		const id = await usedVoucher('seen');
		const staff = { userId: world.manager.id, partnerId: world.partnerId };
		await addVoucherPhotos(deps, staff, id, [png()]);
		const [imageId] = await voucherPhotoIds(deps, id);
		const committeeHere = subject(world.committee.id, [
			{ role: 'committee', nodeId: world.community.id, nodePath: world.community.path }
		]);
		const committeeThere = subject(other.committee.id, [
			{ role: 'committee', nodeId: other.community.id, nodePath: other.community.path }
		]);
		const neighbour = await makeUser(db.sql, { communityId: world.community.id });
		const cases: [string, AccessSubject, boolean][] = [
			['the resident who redeemed', subject(world.resident.id), true],
			['staff of the partner', subject(world.manager.id), true],
			['the committee of the community', committeeHere, true],
			['the committee of another community', committeeThere, false],
			['staff of another partner', subject(other.manager.id), false],
			['another resident', subject(neighbour.id), false]
		];
		for (const [who, user, allowed] of cases) {
			expect([who, await maySeeVoucherPhoto(deps, user, id, imageId!)]).toEqual([who, allowed]);
		}
		// The right photo asked for under another voucher is not found.
		const elsewhere = await usedVoucher('elsewhere');
		expect(await maySeeVoucherPhoto(deps, subject(world.resident.id), elsewhere, imageId!)).toBe(
			false
		);
	});
});

describe('offer photos', () => {
	it('should keep photos with the offer, shown to everyone once live, to its staff before', async () => {
		const created = await createOffer(deps, world.partnerId, {
			title: '修鞋',
			description: '',
			category: 'repair',
			pricePoints: 100,
			stock: null,
			monthlyLimit: null,
			validFrom: new Date(Date.now() - 1000),
			validUntil: new Date(Date.now() + 86_400_000),
			voucherDays: 14,
			communityIds: [world.community.id],
			photos: [png(), png()],
			uploaderId: world.manager.id
		});
		if (!created.ok) throw new Error(created.error);
		const offer = await offerById(deps, created.value.id);
		expect(offer?.photoIds).toHaveLength(2);
		const photo = offer!.photoIds[0]!;
		expect(await maySeeOfferPhoto(deps, world.resident.id, offer!.id, photo)).toBe(false);
		expect(await maySeeOfferPhoto(deps, world.manager.id, offer!.id, photo)).toBe(true);
		await setOfferStatus(deps, world.partnerId, offer!.id, 'live');
		expect(await maySeeOfferPhoto(deps, world.resident.id, offer!.id, photo)).toBe(true);
		expect(await maySeeOfferPhoto(deps, world.resident.id, world.offerId, photo)).toBe(false);
	});
});
