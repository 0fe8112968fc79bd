import type { RealtimeEvent } from './realtime';

// The HTTP API's own limits: 100 channels per trigger, 10 events per batch.
export const CHANNELS_PER_TRIGGER = 100;
export const EVENTS_PER_BATCH = 10;

/** One HTTP API call, and which of the coalesced events it carries (their indexes). */
export type PusherCall =
	| { kind: 'trigger'; channels: string[]; event: string; data: unknown; carries: number[] }
	| { kind: 'batch'; events: RealtimeEvent[]; carries: number[] };

/**
 * The fewest calls that deliver every event once: the same event with the same data goes to all
 * its channels in one trigger (a repeat on one channel is sent once), and the rest go ten to a
 * batch (a lone one in a plain trigger). Events keep their order within each call; across calls the API promises none anyway.
 */
export function planCalls(events: readonly RealtimeEvent[]): PusherCall[] {
	const groups = new Map<string, { event: RealtimeEvent; channels: Map<string, number[]> }>();
	events.forEach((e, i) => {
		const key = `${e.event}\n${JSON.stringify(e.data)}`;
		const group = groups.get(key) ?? { event: e, channels: new Map<string, number[]>() };
		groups.set(key, group);
		const carries = group.channels.get(e.channel) ?? [];
		group.channels.set(e.channel, [...carries, i]);
	});
	const calls: PusherCall[] = [];
	const singles: { event: RealtimeEvent; carries: number[] }[] = [];
	for (const { event, channels } of groups.values()) {
		if (channels.size === 1) {
			const [[channel, carries]] = [...channels] as [[string, number[]]];
			singles.push({ event: { ...event, channel }, carries });
			continue;
		}
		for (const part of chunk([...channels], CHANNELS_PER_TRIGGER)) {
			calls.push({
				kind: 'trigger',
				channels: part.map(([channel]) => channel),
				event: event.event,
				data: event.data,
				carries: part.flatMap(([, carries]) => carries)
			});
		}
	}
	for (const part of chunk(singles, EVENTS_PER_BATCH)) {
		const [only] = part;
		if (part.length === 1 && only) {
			const { channel, event, data } = only.event;
			calls.push({ kind: 'trigger', channels: [channel], event, data, carries: only.carries });
			continue;
		}
		calls.push({
			kind: 'batch',
			events: part.map((s) => s.event),
			carries: part.flatMap((s) => s.carries)
		});
	}
	return calls;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
	const parts: T[][] = [];
	for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
	return parts;
}
