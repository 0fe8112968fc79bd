import { describe, expect, it } from 'vitest';
import {
	addComment,
	belongsToProposal,
	hideComment,
	createProposal,
	mergeProposal,
	notifyVoteOpened,
	openVote,
	proposalImages,
	recordImplementation,
	reviewProposal,
	submitProposal,
	updateDraft
} from '../../../web/src/lib/server/council';
import { notifyDueOpenings } from '../../../web/src/lib/server/council/vote-notices';
import { jpegHeaderBytes, pngBytes } from '../../factories/images';
import { createTestDatabase } from '../../helpers/db';
import {
	committeeMember,
	community,
	installWorkerSchema,
	makeDeps,
	proposalInput,
	residents
} from './fixtures';

const db = await createTestDatabase({ max: 4 });
await installWorkerSchema(db);
const deps = makeDeps(db);
const home = await community(db);
const committee = await committeeMember(db, home);
const [author, neighbour] = await residents(db, home, 2);
const [newcomer] = await residents(db, home, 1, { verifiedAt: new Date(Date.now() + 3_600_000) });

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
	if (!r.ok) throw new Error(r.error);
	return r.value;
};
const photo = (w = 2) => ({ bytes: pngBytes(w, 1), declaredMime: 'image/png' });
const draft = async (images = [photo()]) =>
	value(await createProposal(deps, author!, { ...proposalInput('装扶手'), submit: false, images }))
		.id;
const notices = (userId: number, type: string) =>
	db.sql<
		{ link: string }[]
	>`select link from notifications where user_id = ${userId} and type = ${type}`;

describe('proposal photos', () => {
	it('should store the photos with the proposal and link them to it only', async () => {
		const id = await draft([photo(3), photo(4)]);
		const other = await draft([]);
		const images = await proposalImages(db.sql, id);
		expect(images.map((i) => [i.width, i.eventId])).toEqual([
			[3, null],
			[4, null]
		]);
		expect(await belongsToProposal(db.sql, id, images[0]!.id)).toBe(true);
		expect(await belongsToProposal(db.sql, other, images[0]!.id)).toBe(false);
		expect(await belongsToProposal(db.sql, id, 'not-a-uuid')).toBe(false);
	});

	it('should refuse more than four photos and store nothing', async () => {
		const before = await db.sql`select count(*)::int as n from images`;
		const many = [photo(), photo(), photo(), photo(), photo()];
		expect(await createProposal(deps, author!, { ...proposalInput('太多'), images: many })).toEqual(
			{ ok: false, error: 'too_many_images' }
		);
		expect(await db.sql`select count(*)::int as n from images`).toEqual(before);
	});
});

describe('editing a draft', () => {
	it('should change the text, remove and add photos, and keep older links', async () => {
		const id = value(
			await createProposal(deps, author!, {
				...proposalInput('草稿'),
				imageUrls: ['https://example.org/a.jpg'],
				submit: false,
				images: [photo(5), photo(6)]
			})
		).id;
		const [first] = await proposalImages(db.sql, id);
		value(
			await updateDraft(deps, author!, id, {
				...proposalInput('草稿改好了'),
				imageUrls: undefined,
				removeImageIds: [first!.id],
				images: [{ bytes: jpegHeaderBytes(8, 8), declaredMime: 'image/jpeg' }]
			})
		);
		const [row] =
			await db.sql`select title, state, image_urls from council_proposals where id = ${id}`;
		expect(row).toMatchObject({
			title: '草稿改好了',
			state: 'draft',
			image_urls: ['https://example.org/a.jpg']
		});
		expect((await proposalImages(db.sql, id)).map((i) => i.width)).toEqual([6, 8]);
		expect(await db.sql`select 1 from images where id = ${first!.id}`).toHaveLength(0);
	});

	it('should count kept photos against the limit', async () => {
		const id = await draft([photo(), photo(), photo()]);
		const refused = await updateDraft(deps, author!, id, {
			...proposalInput('x'),
			images: [photo(), photo()]
		});
		expect(refused).toEqual({ ok: false, error: 'too_many_images' });
		const [row] = await db.sql`select title from council_proposals where id = ${id}`;
		expect(row?.title).toBe('装扶手');
	});

	it('should let only the author edit, only while a draft, and submit with the edit', async () => {
		const id = await draft();
		expect(await updateDraft(deps, neighbour!, id, proposalInput('别人改'))).toEqual({
			ok: false,
			error: 'forbidden'
		});
		value(await updateDraft(deps, author!, id, { ...proposalInput('改好提交'), andSubmit: true }));
		const [row] = await db.sql`select state, submitted_at from council_proposals where id = ${id}`;
		expect(row?.state).toBe('submitted');
		expect(row?.submitted_at).not.toBeNull();
		expect(await updateDraft(deps, author!, id, proposalInput('再改'))).toEqual({
			ok: false,
			error: 'not_editable'
		});
	});
});

describe('notices', () => {
	const discussed = async (title: string) => {
		const { id } = value(await createProposal(deps, author!, proposalInput(title)));
		value(await reviewProposal(deps, committee, id, { decision: 'accept' }));
		return id;
	};

	it('should tell the author when the proposal is merged, with a link to where it went', async () => {
		const keep = await discussed('修路灯');
		const dup = await discussed('路灯坏了');
		value(await mergeProposal(deps, committee, dup, keep));
		expect(await notices(author!.id, 'council.merged')).toEqual([{ link: `/council/${keep}` }]);
	});

	it('should tell everyone on the roll once that a vote opened, however often it runs', async () => {
		const id = await discussed('建小花园');
		const opensAt = new Date();
		const vote = value(
			await openVote(deps, committee, {
				communityId: home.id,
				title: '小花园投票',
				method: 'yes_no',
				proposalIds: [id],
				budget: null,
				seats: 1,
				quorumPercent: 0,
				opensAt,
				closesAt: new Date(opensAt.getTime() + 86_400_000),
				byDecision: true
			})
		);
		expect(await notices(author!.id, 'council.voting')).toEqual([{ link: `/council/${id}` }]);
		const [queued] = await db.sql`select count(*)::int as n from graphile_worker.jobs
			where task_identifier = 'council.vote-opened'`;
		expect(queued?.n).toBe(1);

		// Batches of one: every batch commits on its own, and a rerun or the sweep adds nobody.
		expect(await notifyVoteOpened(deps, vote.id, 1)).toEqual({ notified: 3 });
		expect(await notifyVoteOpened(deps, vote.id)).toEqual({ notified: 0 });
		expect(await notifyDueOpenings(deps)).toBe(0);
		const told = await db.sql<{ user_id: number }[]>`
			select user_id from notifications where type = 'council.vote_opened' order by user_id`;
		expect(told.map((r) => r.user_id)).toEqual(
			[author!.id, neighbour!.id, committee.id].sort((a, b) => a - b)
		);
		expect(await notices(newcomer!.id, 'council.vote_opened')).toHaveLength(0);
	});

	it('should wait for a vote that opens later, and the sweep should send it once due', async () => {
		const id = await discussed('装充电桩');
		const opensAt = new Date(Date.now() + 60_000);
		const vote = value(
			await openVote(deps, committee, {
				communityId: home.id,
				title: '充电桩投票',
				method: 'yes_no',
				proposalIds: [id],
				budget: null,
				seats: 1,
				quorumPercent: 0,
				opensAt,
				closesAt: new Date(opensAt.getTime() + 86_400_000),
				byDecision: true
			})
		);
		expect(await notifyVoteOpened(deps, vote.id)).toEqual({ notified: 0, skipped: 'not_open_yet' });
		const later = makeDeps(db, () => new Date(opensAt.getTime() + 1000));
		expect(await notifyDueOpenings(later)).toBe(3);
		expect(await notifyDueOpenings(later)).toBe(0);
	});

	it('should tell the writer once why their comment was hidden', async () => {
		const id = await discussed('修垃圾房');
		const c = value(await addComment(deps, neighbour!, id, { body: '卖房子找我', parentId: null }));
		value(await hideComment(deps, committee, c.id, '广告'));
		value(await hideComment(deps, committee, c.id, '广告信息'));
		const [notice, ...more] = await db.sql<{ params: { reason: string }; link: string }[]>`
			select params, link from notifications where user_id = ${neighbour!.id} and type = 'council.comment_hidden'`;
		expect(more).toHaveLength(0);
		expect(notice).toMatchObject({ params: { reason: '广告' }, link: `/council/${id}` });
	});

	it('should store progress photos with their update', async () => {
		const p = value(
			await createProposal(deps, author!, { ...proposalInput('修台阶'), submit: false })
		);
		value(await submitProposal(deps, author!, p.id));
		await db.sql`update council_proposals set state = 'implementation' where id = ${p.id}`;
		value(
			await recordImplementation(deps, committee, p.id, {
				kind: 'progress',
				body: '台阶修了一半',
				imageUrls: [],
				images: [photo(7)]
			})
		);
		const [img] = await proposalImages(db.sql, p.id);
		const [event] =
			await db.sql`select id from council_proposal_events where proposal_id = ${p.id} and kind = 'progress'`;
		expect(img).toMatchObject({ eventId: event!.id, width: 7 });
	});
});
