/** How login throttling grows. Plain numbers so the rule is testable without a database. */
export interface ThrottlePolicy {
	/** The failure count at which the first wait starts. */
	freeFailures: number;
	firstDelaySeconds: number;
	maxDelaySeconds: number;
	/** A counter untouched this long starts again from zero. */
	forgetAfterSeconds: number;
}

/** Per account: five tries, then 1 minute, doubling each further failure, at most an hour. */
export const ACCOUNT_POLICY: ThrottlePolicy = {
	freeFailures: 5,
	firstDelaySeconds: 60,
	maxDelaySeconds: 3600,
	forgetAfterSeconds: 24 * 3600
};

/**
 * Per IP address the allowance is larger: a community centre or a family shares one address,
 * and one forgetful neighbour must not lock out the whole room.
 */
export const IP_POLICY: ThrottlePolicy = {
	freeFailures: 20,
	firstDelaySeconds: 60,
	maxDelaySeconds: 3600,
	forgetAfterSeconds: 24 * 3600
};

/** The wait imposed after the `failures`-th consecutive failure (0 while still allowed). */
export function delayAfterFailures(policy: ThrottlePolicy, failures: number): number {
	const over = failures - policy.freeFailures;
	if (over < 0) return 0;
	// Capping the exponent keeps 2 ** n finite for absurd counters.
	const delay = policy.firstDelaySeconds * 2 ** Math.min(over, 30);
	return Math.min(delay, policy.maxDelaySeconds);
}
