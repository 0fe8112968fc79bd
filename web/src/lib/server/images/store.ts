import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type postgres from 'postgres';
import { err, ok, type Result } from '$core/shared';
import type { Db } from '$db/client';
import { images, type Image } from '$db/schema';
import type { MessageKey } from '$lib/i18n';
import { sniffImage, type ImageMime } from './sniff';

/** Largest picture kept, after the browser has shrunk it; a phone photo shrunk is ~200 KB. */
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Why an upload was refused. Each maps to one message (image.error.<code>) through
 * `imageErrorKey`. `image_too_many` comes only from `parseImageUploads`.
 */
export type ImageError =
	'image_empty' | 'image_too_large' | 'image_unsupported_type' | 'image_too_many';

export function imageErrorKey(code: ImageError): MessageKey {
	return `image.error.${code}`;
}

export interface SavedImage {
	id: string;
	mime: ImageMime;
	byteSize: number;
	width: number | null;
	height: number | null;
}

export interface SaveImageInput {
	uploaderId: number | null;
	bytes: Uint8Array;
	/** What the browser claimed; only used to refuse early, the bytes decide the stored type. */
	declaredMime?: string;
}

/**
 * Checks a picture by its bytes and size and stores it.
 * Refusals: `image_empty`, `image_too_large` (over IMAGE_MAX_BYTES), `image_unsupported_type`
 * (not JPEG, PNG or WebP by its first bytes, whatever name or type it came with).
 */
export async function saveImage(
	db: ImageWriter,
	input: SaveImageInput
): Promise<Result<SavedImage, Exclude<ImageError, 'image_too_many'>>> {
	const checked = checkImage(input.bytes, input.declaredMime);
	if (!checked.ok) return checked;
	const row = {
		uploaderId: input.uploaderId,
		mime: checked.value.mime,
		bytes: input.bytes,
		byteSize: input.bytes.byteLength,
		sha256: createHash('sha256').update(input.bytes).digest('hex'),
		width: checked.value.width,
		height: checked.value.height
	};
	const id = typeof db === 'function' ? await insertRaw(db, row) : await insertDrizzle(db, row);
	return ok({ id, byteSize: row.byteSize, ...checked.value });
}

/**
 * Drizzle, or a `postgres` pool or transaction (the council services run on the latter), so a
 * picture can be written in the same transaction as the row that links to it.
 */
export type ImageWriter = Pick<Db, 'insert'> | postgres.Sql | postgres.TransactionSql;
type NewImage = Omit<typeof images.$inferInsert, 'id' | 'createdAt'>;

async function insertDrizzle(db: Pick<Db, 'insert'>, row: NewImage): Promise<string> {
	const [saved] = await db.insert(images).values(row).returning({ id: images.id });
	if (!saved) throw new Error('image insert returned no row');
	return saved.id;
}

async function insertRaw(sql: postgres.Sql | postgres.TransactionSql, row: NewImage) {
	const bytes = Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength);
	const [saved] = await sql<{ id: string }[]>`
		insert into images (uploader_id, mime, bytes, byte_size, sha256, width, height)
		values (${row.uploaderId ?? null}, ${row.mime}, ${bytes}, ${row.byteSize}, ${row.sha256},
			${row.width ?? null}, ${row.height ?? null})
		returning id`;
	if (!saved) throw new Error('image insert returned no row');
	return saved.id;
}

/** The pure half of `saveImage`, also used by `parseImageUploads` to refuse before any write. */
export function checkImage(bytes: Uint8Array, declaredMime?: string) {
	if (bytes.byteLength === 0) return err('image_empty' as const);
	if (bytes.byteLength > IMAGE_MAX_BYTES) return err('image_too_large' as const);
	if (
		declaredMime &&
		!declaredMime.startsWith('image/') &&
		declaredMime !== 'application/octet-stream'
	) {
		return err('image_unsupported_type' as const);
	}
	const sniffed = sniffImage(bytes);
	return sniffed ? ok(sniffed) : err('image_unsupported_type' as const);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One stored picture, or null for an unknown or malformed id (never throws on bad input). */
export async function loadImage(db: Pick<Db, 'select'>, id: string): Promise<Image | null> {
	if (!UUID.test(id)) return null;
	const [row] = await db.select().from(images).where(eq(images.id, id)).limit(1);
	return row ?? null;
}
