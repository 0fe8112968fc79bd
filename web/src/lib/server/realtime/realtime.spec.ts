import { describe, expect, it } from 'vitest';
import { createRealtime, type PusherClient } from './realtime';

type Call =
	| { trigger: string[]; event: string; data: unknown }
	| { batch: { channel: string; name: string; data: unknown }[] };

/** A stand-in `pusher` client that records each HTTP API call; channels named `down-*` fail. */
function recordingClient() {
	const calls: Call[] = [];
	const fail = (channels: string[]) => channels.some((c) => c.startsWith('down-'));
	const client = {
		trigger: async (channel: string | string[], event: string, data: unknown) => {
			const channels = Array.isArray(channel) ? channel : [channel];
			calls.push({ trigger: channels, event, data });
			if (fail(channels)) throw new Error('503');
			return new Response('{}');
		},
		triggerBatch: async (batch: { channel: string; name: string; data: unknown }[]) => {
			calls.push({ batch });
			if (fail(batch.map((e) => e.channel))) throw new Error('503');
			return new Response('{}');
		}
	} as unknown as PusherClient;
	return { client, calls };
}

function quietLog() {
	const warnings: string[] = [];
	return { warnings, log: { warn: (message: string) => warnings.push(message) } };
}

describe('createRealtime', () => {
	it('should send a lone event as one trigger', async () => {
		const { client, calls } = recordingClient();
		expect(await createRealtime(client).trigger('private-user-1', 'notification', { id: 1 })).toBe(
			true
		);
		expect(calls).toEqual([
			{ trigger: ['private-user-1'], event: 'notification', data: { id: 1 } }
		]);
	});

	it('should put the distinct events of one turn ten to a call', async () => {
		const { client, calls } = recordingClient();
		const port = createRealtime(client);
		const sent = await Promise.all(
			Array.from({ length: 12 }, (_, i) =>
				port.trigger(`private-user-${i}`, 'notification', { id: i })
			)
		);
		expect(sent.every(Boolean)).toBe(true);
		expect(calls.map((c) => ('batch' in c ? c.batch.length : 'trigger'))).toEqual([10, 2]);
		const names = calls.flatMap((c) => ('batch' in c ? c.batch.map((e) => e.channel) : []));
		expect(names).toEqual(Array.from({ length: 12 }, (_, i) => `private-user-${i}`));
	});

	it('should send one event with the same data to all its channels in one trigger, each once', async () => {
		const { client, calls } = recordingClient();
		const port = createRealtime(client);
		const channels = Array.from({ length: 150 }, (_, i) => `private-user-${i}`);
		await Promise.all([
			port.trigger(channels, 'balance', { seq: 7 }),
			port.trigger('private-user-3', 'balance', { seq: 7 }),
			port.triggerBatch([{ channel: 'private-user-3', event: 'balance', data: { seq: 7 } }])
		]);
		expect(calls).toEqual([
			{ trigger: channels.slice(0, 100), event: 'balance', data: { seq: 7 } },
			{ trigger: channels.slice(100), event: 'balance', data: { seq: 7 } }
		]);
	});

	it('should keep events of different turns apart', async () => {
		const { client, calls } = recordingClient();
		const port = createRealtime(client);
		await port.trigger('a', 'e', 1);
		await port.trigger('a', 'e', 1);
		expect(calls).toHaveLength(2);
	});

	it('should report a failed call as false for its own events only, and never throw', async () => {
		const { client } = recordingClient();
		const { warnings, log } = quietLog();
		const port = createRealtime(client, log);
		const [down, up, both] = await Promise.all([
			port.trigger('down-1', 'e', { n: 1 }),
			port.trigger(['up-1', 'up-2'], 'e', { n: 2 }),
			port.triggerBatch([
				{ channel: 'up-3', event: 'e', data: { n: 3 } },
				{ channel: 'down-2', event: 'e', data: { n: 4 } }
			])
		]);
		// The two single-channel events of the down channels share a batch with up-3's.
		expect([down, up, both]).toEqual([false, true, false]);
		expect(warnings).toEqual(['[realtime] triggerBatch failed; the action itself went through']);
	});

	it('should send nothing and answer false when real time is off', async () => {
		const port = createRealtime(null);
		expect(await port.trigger('a', 'e', 1)).toBe(false);
		expect(await port.triggerBatch([{ channel: 'a', event: 'e', data: 1 }])).toBe(false);
	});
});
