import { canEditText, transition } from '$lib/domain/council';
import { err, ok, type Result } from '$core/shared';
import type { AccessUser } from '../access/guards';
import type { ImageUpload } from '../images';
import { residentOf } from './access';
import type { CouncilDeps } from './deps';
import type { CouncilError } from './errors';
import { attachImages, countImages, MAX_PROPOSAL_IMAGES, removeImages } from './images';
import { findProposal, insertEvent, setState } from './proposals.repository';

export interface ProposalInput {
	title: string;
	problem: string;
	solution: string;
	estimatedCost: number;
	location: string;
	/** Links to pictures elsewhere (older proposals); left as they are when not given. */
	imageUrls?: string[];
	/** New photos, already checked by parseImageUploads. */
	images?: ImageUpload[];
}

/**
 * Drafts a proposal in the author's own community, with its photos; with `submit` it goes
 * straight to review. Errors: 'not_verified', 'wrong_community', 'too_many_images'.
 */
export async function createProposal(
	deps: CouncilDeps,
	user: AccessUser,
	input: ProposalInput & { submit: boolean }
): Promise<Result<{ id: number }, CouncilError>> {
	if (user.communityId === null) return err('wrong_community');
	const allowed = residentOf(user, user.communityId);
	if (!allowed.ok) return allowed;
	const uploads = input.images ?? [];
	if (uploads.length > MAX_PROPOSAL_IMAGES) return err('too_many_images');
	const state = input.submit ? 'submitted' : 'draft';
	return deps.sql.begin(async (tx) => {
		const [row] = await tx<{ id: number }[]>`
			insert into council_proposals (community_id, author_id, title, problem, solution, estimated_cost,
				location, image_urls, state, submitted_at)
			values (${user.communityId}, ${user.id}, ${input.title}, ${input.problem}, ${input.solution},
				${input.estimatedCost}, ${input.location}, ${input.imageUrls ?? []}::text[], ${state},
				${input.submit ? deps.now().toISOString() : null}::timestamptz)
			returning id`;
		if (!row) throw new Error('insert returned no row');
		await attachImages(tx, { proposalId: row.id, uploaderId: user.id, uploads });
		await insertEvent(tx, {
			proposalId: row.id,
			kind: 'state',
			fromState: null,
			toState: state,
			actorId: user.id
		});
		return ok({ id: row.id });
	});
}

/**
 * The author changes their draft: text, photos to add and photos to take away. After submission
 * only visible amendments are possible. With `andSubmit`, the edited draft goes to review at once.
 * Errors: 'not_found', 'forbidden', 'not_editable', 'too_many_images', and those of submitting.
 */
export async function updateDraft(
	deps: CouncilDeps,
	user: AccessUser,
	id: number,
	input: ProposalInput & { removeImageIds?: string[]; andSubmit?: boolean }
): Promise<Result<true, CouncilError>> {
	return deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		if (p.authorId !== user.id) return err('forbidden');
		if (!canEditText(p.state)) return err('not_editable');
		const next = input.andSubmit ? transition(p.state, 'submit') : null;
		if (next && !next.ok) return next;
		if (input.andSubmit) {
			const allowed = residentOf(user, p.communityId);
			if (!allowed.ok) return allowed;
		}
		const uploads = input.images ?? [];
		const kept = (await countImages(tx, id)) - (await removedCount(tx, id, input.removeImageIds));
		// Checked before any write: returning a refusal from here still commits the transaction.
		if (kept + uploads.length > MAX_PROPOSAL_IMAGES) return err('too_many_images');
		await tx`update council_proposals set title = ${input.title}, problem = ${input.problem},
			solution = ${input.solution}, estimated_cost = ${input.estimatedCost}, location = ${input.location},
			image_urls = coalesce(${input.imageUrls ?? null}::text[], image_urls), updated_at = now()
			where id = ${id}`;
		await removeImages(tx, id, input.removeImageIds ?? []);
		await attachImages(tx, { proposalId: id, uploaderId: user.id, uploads });
		if (next?.ok) {
			await tx`update council_proposals set submitted_at = now() where id = ${id}`;
			await setState(tx, p, next.value, user.id);
		}
		return ok(true);
	});
}

async function removedCount(
	tx: Parameters<typeof countImages>[0],
	proposalId: number,
	ids: string[] | undefined
): Promise<number> {
	if (!ids || ids.length === 0) return 0;
	const [r] = await tx<{ n: number }[]>`
		select count(*)::int as n from council_proposal_images
		where proposal_id = ${proposalId} and event_id is null and image_id::text = any(${ids}::text[])`;
	return r?.n ?? 0;
}

/** The author sends a draft for review. Errors: 'not_found', 'forbidden', 'not_verified', 'invalid_transition'. */
export async function submitProposal(deps: CouncilDeps, user: AccessUser, id: number) {
	return deps.sql.begin(async (tx): Promise<Result<true, CouncilError>> => {
		const p = await findProposal(tx, id, true);
		if (!p) return err('not_found');
		if (p.authorId !== user.id) return err('forbidden');
		const allowed = residentOf(user, p.communityId);
		if (!allowed.ok) return allowed;
		const next = transition(p.state, 'submit');
		if (!next.ok) return next;
		await tx`update council_proposals set submitted_at = now() where id = ${id}`;
		await setState(tx, p, next.value, user.id);
		return ok(true);
	});
}
