import { createHash } from 'node:crypto';
import type { Command } from '$core/ledger';
import type {
	CaptureRequest,
	HoldRequest,
	ReverseRequest,
	TransferRequest,
	VoidRequest,
	WriteMeta
} from './types';

/** A request as the flusher sees it: the core command (id still to be chosen) plus its metadata. */
export type CommandWithoutId = Command extends infer C
	? C extends Command
		? Omit<C, 'id'>
		: never
	: never;

export interface QueuedRequest {
	command: CommandWithoutId;
	meta: Required<WriteMeta> & { onBehalfOfId: number | null };
	requestHash: string;
}

const MAX_TEXT = 200;

/**
 * Checks the fields the core does not know about. The core checks amounts and accounts; this only
 * guards what would otherwise reach the database malformed.
 */
export function validMeta(meta: WriteMeta): boolean {
	const text = (s: unknown) => typeof s === 'string' && s.length > 0 && s.length <= MAX_TEXT;
	const userId = (n: unknown) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
	return (
		text(meta.idempotencyKey) &&
		text(meta.kind) &&
		text(meta.reference) &&
		userId(meta.actorId) &&
		(meta.onBehalfOfId == null || userId(meta.onBehalfOfId))
	);
}

/**
 * Hashes everything that defines the request, in a fixed order, so the same key with the same
 * content replays and with any other content is refused.
 */
function hashOf(command: CommandWithoutId, meta: QueuedRequest['meta']): string {
	const content = JSON.stringify([
		command,
		meta.kind,
		meta.reference,
		meta.actorId,
		meta.onBehalfOfId
	]);
	return createHash('sha256').update(content).digest('hex');
}

function queued(command: CommandWithoutId, meta: WriteMeta): QueuedRequest {
	const m = {
		idempotencyKey: meta.idempotencyKey,
		actorId: meta.actorId,
		onBehalfOfId: meta.onBehalfOfId ?? null,
		kind: meta.kind,
		reference: meta.reference
	};
	return { command, meta: m, requestHash: hashOf(command, m) };
}

export function transferRequest(r: TransferRequest): QueuedRequest {
	const { debitAccountId, creditAccountId, asset, amount } = r;
	return queued({ op: 'transfer', debitAccountId, creditAccountId, asset, amount }, r);
}

export function holdRequest(r: HoldRequest): QueuedRequest {
	const { debitAccountId, creditAccountId, asset, amount } = r;
	const expiresAt = r.expiresAt ? r.expiresAt.getTime() : null;
	return queued({ op: 'hold', debitAccountId, creditAccountId, asset, amount, expiresAt }, r);
}

export function captureRequest(r: CaptureRequest): QueuedRequest {
	// An omitted amount and an explicit full amount are different requests on purpose: the hash
	// must not depend on the hold's amount, which is only known inside the batch.
	const command: CommandWithoutId =
		r.amount === undefined
			? { op: 'capture', holdId: r.holdId }
			: { op: 'capture', holdId: r.holdId, amount: r.amount };
	return queued(command, r);
}

export function voidRequest(r: VoidRequest): QueuedRequest {
	return queued({ op: 'void', holdId: r.holdId }, r);
}

export function reverseRequest(r: ReverseRequest): QueuedRequest {
	return queued({ op: 'reverse', transferId: r.transferId }, r);
}
