import { sql } from 'drizzle-orm';
import {
	check,
	customType,
	index,
	integer,
	pgTable,
	text,
	timestamp,
	uuid
} from 'drizzle-orm/pg-core';
import { users } from './identity';

const tz = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Raw bytes. The postgres driver hands back a Buffer; callers see a plain Uint8Array so nothing
 * outside this file depends on Node's Buffer.
 */
const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
	dataType: () => 'bytea',
	toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
	fromDriver: (value) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
});

/**
 * Uploaded pictures, kept in PostgreSQL rather than on a local disk so every app instance serves
 * the same files. Rows are never changed once written, so their ids can be cached forever. Each
 * feature links to its images from its own tables and serves them through its own access check.
 */
export const images = pgTable(
	'images',
	{
		id: uuid().primaryKey().defaultRandom(),
		uploaderId: integer('uploader_id').references(() => users.id, { onDelete: 'set null' }),
		/** Checked from the file's first bytes, never taken from the browser. */
		mime: text().notNull(),
		bytes: bytea('bytes').notNull(),
		byteSize: integer('byte_size').notNull(),
		sha256: text().notNull(),
		width: integer(),
		height: integer(),
		createdAt: tz('created_at').notNull().defaultNow()
	},
	(t) => [
		index('images_uploader_idx').on(t.uploaderId),
		check('images_mime', sql`${t.mime} in ('image/jpeg', 'image/png', 'image/webp')`),
		check('images_size', sql`${t.byteSize} > 0 and ${t.byteSize} = octet_length(${t.bytes})`)
	]
);

export type Image = typeof images.$inferSelect;
