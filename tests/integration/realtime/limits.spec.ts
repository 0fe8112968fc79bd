import { afterEach, describe, expect, it } from 'vitest';
import { RawClient, startHarness, type Harness } from './harness';

let h: Harness | undefined;

afterEach(async () => {
	await h?.close();
	h = undefined;
});

describe('embedded server limits', () => {
	it('should close a socket that sends a frame over the size limit with 1009', async () => {
		h = await startHarness({ maxMessageBytes: 1024 });
		const raw = await RawClient.open(h.wsUrl);
		raw.send('pusher:subscribe', { channel: 'x'.repeat(2000) });
		expect((await raw.closed).code).toBe(1009);
	});

	it('should refuse messages over the per-connection rate with 4301 and recover', async () => {
		h = await startHarness({ messageBurst: 3, messagesPerSecond: 5 });
		const raw = await RawClient.open(h.wsUrl);
		for (let i = 0; i < 4; i++) raw.send('pusher:ping');
		for (let i = 0; i < 3; i++) await raw.next('pusher:pong');
		expect((await raw.next('pusher:error')).data).toMatchObject({ code: 4301 });
		await new Promise((r) => setTimeout(r, 300));
		raw.send('pusher:ping');
		await raw.next('pusher:pong');
		expect(raw.ws.readyState).toBe(raw.ws.OPEN);
		raw.ws.close();
	});

	it('should refuse connections over the cap with 4100', async () => {
		h = await startHarness({ maxConnections: 2 });
		const open = [await RawClient.open(h.wsUrl), await RawClient.open(h.wsUrl)];
		const { WebSocket } = await import('ws');
		const third = new RawClient(new WebSocket(h.wsUrl));
		expect((await third.next('pusher:error')).data).toMatchObject({ code: 4100 });
		expect((await third.closed).code).toBe(4100);
		for (const r of open) r.ws.close();
	});

	it('should ping a silent connection and close it with 4201 when no pong comes', async () => {
		h = await startHarness({
			activityTimeoutSeconds: 0.2,
			pongTimeoutSeconds: 0.2,
			sweepIntervalMs: 50
		});
		const silent = await RawClient.open(h.wsUrl);
		const alive = await RawClient.open(h.wsUrl);
		alive.ws.on('message', (raw: Buffer) => {
			if (raw.toString().includes('"pusher:ping"')) alive.send('pusher:pong');
		});
		await silent.next('pusher:ping');
		expect((await silent.closed).code).toBe(4201);
		expect(alive.ws.readyState).toBe(alive.ws.OPEN);
		alive.ws.close();
	});

	it('should refuse a presence channel that is full', async () => {
		h = await startHarness({ maxPresenceMembers: 1 });
		const harness = h;
		const join = async (userId: string) => {
			const raw = await RawClient.open(harness.wsUrl);
			const channel = 'presence-activity-1';
			const member = { user_id: userId, user_info: {} };
			const { auth, channel_data } = harness.pusher.authorizeChannel(raw.socketId, channel, member);
			raw.send('pusher:subscribe', { channel, auth, channel_data });
			return raw;
		};
		const first = await join('1');
		await first.next('pusher_internal:subscription_succeeded');
		const second = await join('2');
		expect((await second.next('pusher:subscription_error')).data).toMatchObject({ status: 400 });
		first.ws.close();
		second.ws.close();
	});
});
