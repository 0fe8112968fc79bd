import { describe, expect, it } from 'vitest';
import { images, users } from '../../../db/schema';
import {
	IMAGE_MAX_BYTES,
	imageResponse,
	loadImage,
	parseImageUploads,
	saveImage
} from '../../../web/src/lib/server/images';
import { jpegHeaderBytes, pngBytes } from '../../factories/images';
import { createTestDatabase } from '../../helpers/db';

const db = await createTestDatabase();
const [user] = await db.db
	.insert(users)
	.values({ displayName: 'Uploader', passwordHash: 'x', email: 'uploader@example.test' })
	.returning();
const uploaderId = user!.id;

describe('image store', () => {
	it('should store a PNG with its checked type, size, hash and pixel size, and load it back', async () => {
		const bytes = pngBytes(4, 3);
		const saved = await saveImage(db.db, { uploaderId, bytes, declaredMime: 'image/png' });
		expect(saved.ok).toBe(true);
		if (!saved.ok) return;
		expect(saved.value).toMatchObject({
			mime: 'image/png',
			width: 4,
			height: 3,
			byteSize: bytes.length
		});
		const loaded = await loadImage(db.db, saved.value.id);
		expect(loaded?.bytes).toEqual(bytes);
		expect(loaded?.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(loaded?.uploaderId).toBe(uploaderId);
	});

	it('should take the type from the bytes, not from what the browser claimed', async () => {
		const saved = await saveImage(db.db, {
			uploaderId,
			bytes: jpegHeaderBytes(2, 2),
			declaredMime: 'image/png'
		});
		expect(saved.ok && saved.value.mime).toBe('image/jpeg');
	});

	it.each([
		['image_empty', new Uint8Array(), undefined],
		[
			'image_unsupported_type',
			new TextEncoder().encode('<html><script>x</script></html>'),
			'image/png'
		],
		['image_unsupported_type', pngBytes(1, 1), 'text/html'],
		['image_too_large', new Uint8Array(IMAGE_MAX_BYTES + 1).fill(0xff), 'image/jpeg']
	])('should refuse with %s and store nothing', async (code, bytes, declaredMime) => {
		const before = await db.db.$count(images);
		const saved = await saveImage(db.db, { uploaderId, bytes, declaredMime });
		expect(saved).toEqual({ ok: false, error: code });
		expect(await db.db.$count(images)).toBe(before);
	});

	it('should write through a postgres transaction too, and vanish with its rollback', async () => {
		let id = '';
		await db.sql
			.begin(async (tx) => {
				const saved = await saveImage(tx, { uploaderId, bytes: pngBytes(5, 5) });
				id = saved.ok ? saved.value.id : '';
				expect((await loadImage(db.db, id))?.bytes).toBeUndefined();
				throw new Error('roll back');
			})
			.catch(() => undefined);
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		expect(await loadImage(db.db, id)).toBeNull();
		const kept = await db.sql.begin((tx) => saveImage(tx, { uploaderId, bytes: pngBytes(5, 5) }));
		const loaded = kept.ok ? await loadImage(db.db, kept.value.id) : null;
		expect(loaded?.bytes).toEqual(pngBytes(5, 5));
		expect(loaded?.width).toBe(5);
	});

	it('should answer null for an unknown or malformed id', async () => {
		expect(await loadImage(db.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
		expect(await loadImage(db.db, "x' or 1=1 --")).toBeNull();
	});

	it('should serve a picture with its own type, nosniff, inline and an immutable cache', async () => {
		const saved = await saveImage(db.db, { uploaderId, bytes: pngBytes(2, 2) });
		const image = saved.ok ? await loadImage(db.db, saved.value.id) : null;
		const res = imageResponse(image!);
		expect(res.headers.get('content-type')).toBe('image/png');
		expect(res.headers.get('x-content-type-options')).toBe('nosniff');
		expect(res.headers.get('content-disposition')).toBe('inline');
		expect(res.headers.get('cache-control')).toContain('immutable');
		expect(new Uint8Array(await res.arrayBuffer())).toEqual(pngBytes(2, 2));
	});
});

describe('parseImageUploads', () => {
	const form = (...files: File[]) => {
		const data = new FormData();
		for (const f of files) data.append('photos', f);
		return data;
	};
	const png = (name = 'a.png') => new File([pngBytes(1, 1)], name, { type: 'image/png' });

	it('should read the files and treat an untouched file input as no picture', async () => {
		expect(await parseImageUploads(form(new File([], '')), 'photos', 3)).toEqual({
			ok: true,
			value: []
		});
		const two = await parseImageUploads(form(png(), png()), 'photos', 3);
		expect(two.ok && two.value.length).toBe(2);
	});

	it('should refuse more files than allowed, or any file that is not a picture', async () => {
		expect(await parseImageUploads(form(png(), png(), png()), 'photos', 2)).toEqual({
			ok: false,
			error: 'image_too_many'
		});
		const html = new File(['<html></html>'], 'cat.png', { type: 'image/png' });
		expect(await parseImageUploads(form(png(), html), 'photos', 3)).toEqual({
			ok: false,
			error: 'image_unsupported_type'
		});
	});
});
