/**
 * The app's channel names, in one place so the server that triggers and the browser that
 * subscribes always agree. Ids are positive integers (database identities).
 */
export const userChannel = (userId: number) => `private-user-${userId}`;
export const activityPresenceChannel = (activityId: number) => `presence-activity-${activityId}`;
export const partnerCounterChannel = (partnerId: number) => `private-partner-${partnerId}-counter`;
/** Live turnout only: results are never published before the vote closes. */
export const voteChannel = (voteId: number) => `private-vote-${voteId}`;

export type ChannelRef =
	| { kind: 'user'; userId: number }
	| { kind: 'activity'; activityId: number }
	| { kind: 'partner-counter'; partnerId: number }
	| { kind: 'vote'; voteId: number };

export type ChannelKind = ChannelRef['kind'];

const PATTERNS: [RegExp, (id: number) => ChannelRef][] = [
	[/^private-user-(\d+)$/, (userId) => ({ kind: 'user', userId })],
	[/^presence-activity-(\d+)$/, (activityId) => ({ kind: 'activity', activityId })],
	[/^private-partner-(\d+)-counter$/, (partnerId) => ({ kind: 'partner-counter', partnerId })],
	[/^private-vote-(\d+)$/, (voteId) => ({ kind: 'vote', voteId })]
];

/** The channel a name stands for, or null for any name the app does not use. */
export function parseChannel(name: string): ChannelRef | null {
	for (const [pattern, build] of PATTERNS) {
		const digits = pattern.exec(name)?.[1];
		if (digits === undefined) continue;
		const id = Number(digits);
		return Number.isSafeInteger(id) && id > 0 && String(id) === digits ? build(id) : null;
	}
	return null;
}
