import { eq } from 'drizzle-orm';
import { rateLimitHits } from '../../../../../db/schema';
import { consumeRateLimit, type RateLimitRule } from '../security';
import type { TimebankDeps } from './deps';

/**
 * Six-digit codes can be guessed: ten wrong codes per person and slot in ten minutes, then a
 * wait until the window turns over. Only wrong codes count, so checking in and out never uses
 * up a person's tries; an expired real code is not a guess and does not count either.
 */
export const CODE_GUESS_RULE: RateLimitRule = { limit: 10, windowSeconds: 600 };

const keyOf = (userId: number, slotId: number) => `tb-code:user:${userId}:slot:${slotId}`;

/**
 * Seconds until `userId` may try a code for `slotId` again; 0 when they may now. Reads the
 * security module's counter without counting (consumeRateLimit always counts), using its fixed
 * windows: each starts at a multiple of windowSeconds since the epoch.
 */
export async function codeGuessWait(
	deps: TimebankDeps,
	userId: number,
	slotId: number
): Promise<number> {
	const [row] = await deps.db
		.select()
		.from(rateLimitHits)
		.where(eq(rateLimitHits.key, keyOf(userId, slotId)));
	if (!row || row.hits < CODE_GUESS_RULE.limit) return 0;
	const windowMs = CODE_GUESS_RULE.windowSeconds * 1000;
	const now = deps.now().getTime();
	const start = Math.floor(now / windowMs) * windowMs;
	if (row.windowStart.getTime() !== start) return 0;
	return Math.max(1, Math.ceil((start + windowMs - now) / 1000));
}

/** Counts one wrong code against the person and slot. */
export async function countWrongCode(
	deps: TimebankDeps,
	userId: number,
	slotId: number
): Promise<void> {
	await consumeRateLimit(deps.db, keyOf(userId, slotId), CODE_GUESS_RULE, deps.now());
}

/** The refusal's message parameters: the wait in whole minutes, rounded up. */
export async function codeGuessParams(deps: TimebankDeps, userId: number, slotId: number) {
	return { minutes: Math.max(1, Math.ceil((await codeGuessWait(deps, userId, slotId)) / 60)) };
}
