import { index, integer, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './identity';
import { images } from './images';
import { offers, vouchers } from './redemption';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Photos the partner's staff took at the counter for a used voucher: the service delivered, or
 * the receipt. Seen by that partner's staff, the committee of the voucher's community and the
 * resident who redeemed it (web/src/lib/server/redemption/photos.service.ts).
 */
export const voucherPhotos = pgTable(
	'voucher_photos',
	{
		voucherId: uuid('voucher_id')
			.notNull()
			.references(() => vouchers.id),
		imageId: uuid('image_id')
			.notNull()
			.references(() => images.id),
		addedBy: integer('added_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		primaryKey({ columns: [t.voucherId, t.imageId] }),
		index('voucher_photos_image_idx').on(t.imageId)
	]
);

/** An offer's pictures in the catalogue, in the order the partner gave them. */
export const offerPhotos = pgTable(
	'offer_photos',
	{
		offerId: integer('offer_id')
			.notNull()
			.references(() => offers.id, { onDelete: 'cascade' }),
		imageId: uuid('image_id')
			.notNull()
			.references(() => images.id),
		position: integer().notNull().default(0)
	},
	(t) => [primaryKey({ columns: [t.offerId, t.imageId] })]
);
