import { createDb, type DbHandle } from '../../../../db/client';

let handle: DbHandle | undefined;

/**
 * The composition root: the one database pool of this process, built on first use from
 * DATABASE_URL (set by `npm start`/`npm run dev` to the embedded server when not configured).
 */
export function database(): DbHandle {
	if (!handle) {
		const url = process.env.DATABASE_URL;
		if (!url) {
			throw new Error('DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.');
		}
		handle = createDb(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
	}
	return handle;
}
