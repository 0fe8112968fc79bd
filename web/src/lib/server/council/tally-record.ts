import { createPublicKey, verify } from 'node:crypto';
import {
	ballotListHash,
	encodeTallyRecord,
	parseChoice,
	tally,
	tallyRecordHash,
	type PublishedBallot,
	type TallyResult
} from '$lib/domain/council';
import { utf8 } from '$core/journal/bytes';
import { registerKey } from '../journal/journal.repository';
import { nativeSha256, type SigningKey } from '../journal/signing-key';
import type { Queryable } from './deps';
import { findVote, rulesOf } from './votes.repository';
import { ADVISORY_LOCKS } from '../../../../../db/locks';

// Serialises council record writers so the chain of prev hashes never forks.
const RECORD_LOCK = ADVISORY_LOCKS.councilTallyRecord;

/**
 * Appends the signed record of a closed vote: canonical payload, its SHA-256 chained to the
 * previous council record, and an Ed25519 signature by the ledger's key (published through
 * /api/v1/ledger/keys, like the journal's block signatures). Runs in the closing transaction.
 */
export async function appendTallyRecord(
	tx: Queryable,
	key: SigningKey,
	input: {
		voteId: number;
		communityId: number;
		closedAt: Date;
		ballotListSha256: string;
		result: TallyResult;
	}
): Promise<{ recordHash: string }> {
	await tx`select pg_advisory_xact_lock(${RECORD_LOCK})`;
	const [prev] = await tx<{ recordHash: string }[]>`
		select record_hash as "recordHash" from council_tally_records order by position desc limit 1`;
	const payload = encodeTallyRecord({ ...input, prevHash: prev?.recordHash ?? '' });
	const recordHash = tallyRecordHash(payload, nativeSha256);
	await registerKey(tx, key.keyId, key.publicKey);
	await tx`
		insert into council_tally_records (vote_id, payload, record_hash, prev_hash, key_id, signature)
		values (${input.voteId}, ${payload}, ${recordHash}, ${prev?.recordHash ?? ''}, ${key.keyId},
			${key.sign(utf8(payload))})`;
	return { recordHash };
}

export async function publishedBallots(q: Queryable, voteId: number): Promise<PublishedBallot[]> {
	const rows = await q<{ receiptHash: string; choice: string }[]>`
		select receipt_hash as "receiptHash", choice::text as choice from council_ballots
		where vote_id = ${voteId} order by receipt_hash`;
	return rows.map((r) => {
		const choice = parseChoice(JSON.parse(r.choice));
		if (!choice) throw new Error(`ballot ${r.receiptHash} holds no valid choice`);
		return { receiptHash: r.receiptHash, choice };
	});
}

export interface TallyVerification {
	valid: boolean;
	checks: {
		recordHash: boolean;
		signature: boolean;
		ballotListHash: boolean;
		recount: boolean;
		chain: boolean;
	};
	recordHash: string | null;
	payload: string | null;
}

/**
 * Checks a closed vote end to end: the record's hash, its signature under the published key, the
 * link to the previous record, the hash of the published ballot list, and a recount of that list
 * giving the recorded result.
 */
export async function verifyTallyRecord(
	q: Queryable,
	voteId: number
): Promise<TallyVerification | null> {
	const [rec] = await q<
		{
			position: string;
			payload: string;
			recordHash: string;
			prevHash: string;
			signature: string;
			publicKey: string | null;
		}[]
	>`
		select r.position::text as position, r.payload, r.record_hash as "recordHash", r.prev_hash as "prevHash",
			r.signature, k.public_key as "publicKey"
		from council_tally_records r left join ledger_signing_keys k on k.key_id = r.key_id
		where r.vote_id = ${voteId}`;
	const vote = await findVote(q, voteId);
	if (!rec || !vote || !vote.result) return null;
	const [before] = await q<{ recordHash: string }[]>`
		select record_hash as "recordHash" from council_tally_records where position < ${rec.position}::bigint
		order by position desc limit 1`;
	const ballots = await publishedBallots(q, voteId);
	const recorded = JSON.parse(rec.payload) as {
		ballot_list_sha256: string;
		eligible: number;
		quorum_percent: number;
	};
	const listHash = ballotListHash(ballots, nativeSha256);
	const recount = tally(
		rulesOf(vote),
		ballots.map((b) => b.choice),
		{ eligible: recorded.eligible, quorumPercent: recorded.quorum_percent }
	);
	const expectedPayload = encodeTallyRecord({
		voteId,
		communityId: vote.communityId,
		closedAt: vote.closedAt ?? new Date(0),
		ballotListSha256: listHash,
		result: recount,
		prevHash: rec.prevHash
	});
	const checks = {
		recordHash: tallyRecordHash(rec.payload, nativeSha256) === rec.recordHash,
		signature: rec.publicKey !== null && verifySignature(rec.publicKey, rec.payload, rec.signature),
		ballotListHash: recorded.ballot_list_sha256 === listHash && vote.ballotListSha256 === listHash,
		recount: expectedPayload === rec.payload,
		chain: rec.prevHash === (before?.recordHash ?? '')
	};
	return {
		valid: Object.values(checks).every(Boolean),
		checks,
		recordHash: rec.recordHash,
		payload: rec.payload
	};
}

function verifySignature(publicKeyHex: string, payload: string, signatureHex: string): boolean {
	try {
		const key = createPublicKey({
			key: {
				kty: 'OKP',
				crv: 'Ed25519',
				x: Buffer.from(publicKeyHex, 'hex').toString('base64url')
			},
			format: 'jwk'
		});
		return verify(null, utf8(payload), key, Buffer.from(signatureHex, 'hex'));
	} catch {
		return false;
	}
}

export interface StoredTallyRecord {
	payload: string;
	recordHash: string;
	prevHash: string;
	keyId: string;
	signature: string;
}

export async function readTallyRecord(
	q: Queryable,
	voteId: number
): Promise<StoredTallyRecord | null> {
	const [r] = await q<StoredTallyRecord[]>`
		select payload, record_hash as "recordHash", prev_hash as "prevHash", key_id as "keyId", signature
		from council_tally_records where vote_id = ${voteId}`;
	return r ?? null;
}
