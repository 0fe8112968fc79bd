import { error } from '@sveltejs/kit';
import { belongsToProposal, councilDeps, findProposal } from '$lib/server/council';
import { database } from '$lib/server/context';
import { imageResponse, loadImage } from '$lib/server/images';
import type { RequestHandler } from './$types';

function notFound(): never {
	error(404, { message: 'Not found', code: 'not_found' });
}

/**
 * A photo of a proposal or of its progress, under the proposal page's own rule: public, except
 * a draft, which only its author sees. Photos of another proposal are not found here.
 */
export const GET: RequestHandler = async ({ params, locals }) => {
	const id = Number(params.id);
	if (!Number.isSafeInteger(id) || id <= 0) notFound();
	const { sql } = councilDeps();
	const p = await findProposal(sql, id);
	if (!p || (p.state === 'draft' && p.authorId !== locals.user?.id)) notFound();
	if (!(await belongsToProposal(sql, id, params.imageId))) notFound();
	const image = await loadImage(database().db, params.imageId);
	if (!image) notFound();
	return imageResponse(image);
};
