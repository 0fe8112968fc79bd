import { saveImage, type ImageUpload } from '../images';
import type { Queryable } from './deps';

/** Most photos one proposal (or one progress update) may carry. */
export const MAX_PROPOSAL_IMAGES = 4;

export interface ProposalImage {
	id: string;
	/** The progress update the photo belongs to; null for the proposal's own photos. */
	eventId: number | null;
	width: number | null;
	height: number | null;
}

/**
 * Stores photos and links them to a proposal (or one of its updates), in the caller's
 * transaction. The uploads were checked by parseImageUploads, so a refusal here is a bug.
 */
export async function attachImages(
	tx: Queryable,
	input: { proposalId: number; eventId?: number | null; uploaderId: number; uploads: ImageUpload[] }
): Promise<string[]> {
	const [last] = await tx<{ position: number }[]>`
		select coalesce(max(position), -1)::int as position from council_proposal_images
		where proposal_id = ${input.proposalId}`;
	let position = (last?.position ?? -1) + 1;
	const ids: string[] = [];
	for (const upload of input.uploads) {
		const saved = await saveImage(tx, { uploaderId: input.uploaderId, ...upload });
		if (!saved.ok) throw new Error(`unchecked upload reached the council: ${saved.error}`);
		await tx`insert into council_proposal_images (image_id, proposal_id, event_id, position)
			values (${saved.value.id}, ${input.proposalId}, ${input.eventId ?? null}, ${position})`;
		position += 1;
		ids.push(saved.value.id);
	}
	return ids;
}

/** Deletes some of a proposal's own photos (not those of its updates); unknown ids are ignored. */
export async function removeImages(tx: Queryable, proposalId: number, imageIds: string[]) {
	if (imageIds.length === 0) return;
	await tx`delete from images where id in (
		select image_id from council_proposal_images
		where proposal_id = ${proposalId} and event_id is null and image_id::text = any(${imageIds}::text[]))`;
}

/** How many photos the proposal itself carries (its updates' photos not counted). */
export async function countImages(q: Queryable, proposalId: number): Promise<number> {
	const [r] = await q<{ n: number }[]>`
		select count(*)::int as n from council_proposal_images
		where proposal_id = ${proposalId} and event_id is null`;
	return r?.n ?? 0;
}

/** Every photo of a proposal and its updates, in the order they were added. */
export async function proposalImages(q: Queryable, proposalId: number): Promise<ProposalImage[]> {
	const rows = await q<ProposalImage[]>`
		select l.image_id::text as id, l.event_id as "eventId", i.width, i.height
		from council_proposal_images l join images i on i.id = l.image_id
		where l.proposal_id = ${proposalId} order by l.event_id nulls first, l.position`;
	return [...rows];
}

/** Whether this photo belongs to this proposal: the image route serves nothing else. */
export async function belongsToProposal(
	q: Queryable,
	proposalId: number,
	imageId: string
): Promise<boolean> {
	const [r] = await q`
		select 1 from council_proposal_images
		where proposal_id = ${proposalId} and image_id::text = ${imageId}`;
	return r !== undefined;
}
