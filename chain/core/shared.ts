/**
 * Small building blocks shared by every pure rule module. Nothing here may depend on Node, the
 * clock or randomness: the same code runs inside the Fabric chaincode, where every peer must
 * reach the same answer.
 */

/** The outcome of a rule: a value, or a typed refusal code (TigerBeetle style, no exceptions). */
export type Result<T, E> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): Result<T, never> {
	return { ok: true, value };
}

export function err<E>(error: E): Result<never, E> {
	return { ok: false, error };
}

/** Applies `fn` to a success and passes a refusal through untouched. */
export function mapResult<T, U, E>(result: Result<T, E>, fn: (value: T) => U): Result<U, E> {
	return result.ok ? ok(fn(result.value)) : result;
}

/** Chains a second rule that runs only when the first one succeeded. */
export function andThen<T, U, E, F>(
	result: Result<T, E>,
	fn: (value: T) => Result<U, F>
): Result<U, E | F> {
	return result.ok ? fn(result.value) : result;
}

/** Returns the value or throws: for tests and for places where a refusal would be a bug. */
export function unwrap<T, E>(result: Result<T, E>): T {
	if (!result.ok) throw new Error(`unwrap of a refusal: ${String(result.error)}`);
	return result.value;
}

/** Throws on a broken invariant. Only for bugs; expected refusals are `Result`s. */
export function assert(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(`assertion failed: ${message}`);
}

/** Time-bank credit in whole minutes. */
export type Minutes = number;
/** Credit points, whole numbers. */
export type Points = number;
/** Milliseconds since the Unix epoch, always passed in (the chaincode takes the tx timestamp). */
export type EpochMs = number;

/** True for 1, 2, 3 … up to 2^53 - 1: amounts must survive a round trip through JSON and bigint. */
export function isPositiveSafeInteger(value: unknown): value is number {
	return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}
