import type PusherJs from 'pusher-js';
import type { Members, PresenceChannel } from 'pusher-js';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRealtimeServer } from '../../../web/server/realtime/server';
import {
	APP,
	connected,
	once,
	pusherJsClient,
	RawClient,
	startHarness,
	type Harness
} from './harness';

let h: Harness;
const clients: PusherJs[] = [];

beforeAll(async () => {
	h = await startHarness();
});
afterAll(async () => {
	for (const c of clients) c.disconnect();
	await h.close();
});

async function until(condition: () => boolean): Promise<void> {
	while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

function client(userId?: string, sign = trustedSign(userId)): PusherJs {
	const c = pusherJsClient(h, sign);
	clients.push(c);
	return c;
}

/** Signs like the app's auth endpoint would, with the `pusher` library's authorizeChannel. */
function trustedSign(userId = 'anon') {
	return (socketId: string, channel: string) =>
		channel.startsWith('presence-')
			? h.pusher.authorizeChannel(socketId, channel, {
					user_id: userId,
					user_info: { name: `User ${userId}` }
				})
			: h.pusher.authorizeChannel(socketId, channel);
}

describe('embedded Pusher-protocol server with pusher-js and the pusher library', () => {
	it('should establish a connection with a socket id', async () => {
		const socketId = await connected(client());
		expect(socketId).toMatch(/^\d+\.\d+$/);
	});

	it('should deliver triggered events on a public channel', async () => {
		const c = client();
		const channel = c.subscribe('news');
		await once(channel, 'pusher:subscription_succeeded');
		const received = once<{ text: string }>(channel, 'posted');
		await h.pusher.trigger('news', 'posted', { text: '你好' });
		expect(await received).toEqual({ text: '你好' });
	});

	it('should deliver events on a private channel signed with authorizeChannel', async () => {
		const c = client();
		const channel = c.subscribe('private-user-7');
		await once(channel, 'pusher:subscription_succeeded');
		const received = once(channel, 'notification');
		await h.pusher.trigger('private-user-7', 'notification', { id: 1 });
		expect(await received).toEqual({ id: 1 });
	});

	it('should refuse a private channel with a bad signature', async () => {
		const forged = (socketId: string, channel: string) => ({
			auth: `${APP.key}:${'0'.repeat(64)}`,
			channel_data: `${socketId}:${channel}`
		});
		const c = client('x', forged);
		const channel = c.subscribe('private-user-8');
		const error = await once<{ type: string; status: number }>(
			channel,
			'pusher:subscription_error'
		);
		expect(error).toMatchObject({ type: 'AuthError', status: 401 });
		expect(channel.subscribed).toBe(false);
	});

	it('should answer a forged signature with error 4009 on the raw protocol', async () => {
		const raw = await RawClient.open(h.wsUrl);
		raw.send('pusher:subscribe', { channel: 'private-user-9', auth: `${APP.key}:bad` });
		const error = await raw.next('pusher:error');
		expect(error.data).toMatchObject({ code: 4009 });
		const signed = h.pusher.authorizeChannel(raw.socketId, 'private-user-9');
		raw.send('pusher:subscribe', { channel: 'private-user-9', ...signed });
		expect((await raw.next('pusher_internal:subscription_succeeded', 'private-user-9')).data).toBe(
			'{}'
		);
		raw.ws.close();
	});

	it('should deliver batch events to each channel', async () => {
		const c = client();
		const a = c.subscribe('batch-a');
		const b = c.subscribe('private-batch-b');
		await Promise.all([
			once(a, 'pusher:subscription_succeeded'),
			once(b, 'pusher:subscription_succeeded')
		]);
		const gotA = once(a, 'one');
		const gotB = once(b, 'two');
		await h.pusher.triggerBatch([
			{ channel: 'batch-a', name: 'one', data: { n: 1 } },
			{ channel: 'private-batch-b', name: 'two', data: { n: 2 } }
		]);
		expect(await Promise.all([gotA, gotB])).toEqual([{ n: 1 }, { n: 2 }]);
	});

	it('should not echo an event to the socket_id that caused it', async () => {
		const sender = await RawClient.open(h.wsUrl);
		const other = await RawClient.open(h.wsUrl);
		for (const r of [sender, other]) r.send('pusher:subscribe', { channel: 'echo' });
		await Promise.all([sender, other].map((r) => r.next('pusher_internal:subscription_succeeded')));
		await h.pusher.trigger('echo', 'changed', { v: 1 }, { socket_id: sender.socketId });
		await h.pusher.trigger('echo', 'marker', {});
		await other.next('changed', 'echo');
		await sender.next('marker', 'echo');
		expect(sender.frames.some((f) => f.event === 'changed')).toBe(false);
		sender.ws.close();
		other.ws.close();
	});

	it('should keep presence members, adding and removing them by their last connection', async () => {
		const watcher = client('1');
		const presence = watcher.subscribe('presence-activity-5') as PresenceChannel;
		const members = await once<Members>(presence, 'pusher:subscription_succeeded');
		expect(members.count).toBe(1);
		expect(members.me).toMatchObject({ id: '1', info: { name: 'User 1' } });

		const added = once<{ id: string }>(presence, 'pusher:member_added');
		const tab1 = client('2');
		tab1.subscribe('presence-activity-5');
		expect(await added).toMatchObject({ id: '2', info: { name: 'User 2' } });

		const tab2 = client('2');
		const second = tab2.subscribe('presence-activity-5') as PresenceChannel;
		const seen = await once<Members>(second, 'pusher:subscription_succeeded');
		expect(seen.count).toBe(2);

		let removed = 0;
		presence.bind('pusher:member_removed', () => (removed += 1));
		const open = h.server.stats().connections;
		tab1.disconnect();
		await until(() => h.server.stats().connections === open - 1);
		const tick = once(presence, 'tick');
		await h.pusher.trigger('presence-activity-5', 'tick', {});
		await tick;
		expect(removed).toBe(0);
		const gone = once<{ id: string }>(presence, 'pusher:member_removed');
		tab2.disconnect();
		expect((await gone).id).toBe('2');
		expect(presence.members.count).toBe(1);
	});

	it('should report channel occupancy and presence users over the HTTP API', async () => {
		const raw = await RawClient.open(h.wsUrl);
		const channel = 'presence-activity-77';
		const channelData = JSON.stringify({ user_id: '31', user_info: {} });
		const { auth } = h.pusher.authorizeChannel(raw.socketId, channel, {
			user_id: '31',
			user_info: {}
		});
		raw.send('pusher:subscribe', { channel, auth, channel_data: channelData });
		await raw.next('pusher_internal:subscription_succeeded', channel);
		const info = await h.pusher.get({
			path: `/channels/${channel}`,
			params: { info: 'subscription_count,user_count' }
		});
		expect(await info.json()).toEqual({ occupied: true, subscription_count: 1, user_count: 1 });
		const users = await h.pusher.get({ path: `/channels/${channel}/users` });
		expect(await users.json()).toEqual({ users: [{ id: '31' }] });
		raw.ws.close();
	});

	it('should refuse client events with 4301 and answer pings', async () => {
		const raw = await RawClient.open(h.wsUrl);
		raw.send('pusher:ping');
		await raw.next('pusher:pong');
		raw.send('client-typing', { channel: 'private-user-1' });
		expect((await raw.next('pusher:error')).data).toMatchObject({ code: 4301 });
		raw.ws.close();
	});

	it.each([
		['an unknown app key', '/app/nope?protocol=7', 4001],
		['a wrong path', '/socket?protocol=7', 4005],
		['no protocol version', `/app/${APP.key}`, 4008],
		['an unsupported protocol version', `/app/${APP.key}?protocol=3`, 4007]
	])('should close a connection to %s with the protocol error code', async (_, path, code) => {
		const raw = new RawClient(new WebSocket(`ws://127.0.0.1:${h.server.port}${path}`));
		expect((await raw.next('pusher:error')).data).toMatchObject({ code });
		expect((await raw.closed).code).toBe(code);
	});

	it('should let pusher-js reconnect when the server comes back', async () => {
		const restartable = await startHarness();
		const port = restartable.server.port;
		const c = pusherJsClient(restartable, trustedSign());
		clients.push(c);
		const first = await connected(c);
		const lost = once(c.connection, 'connecting');
		await restartable.close();
		await lost;
		const revived = await startRealtimeServer({ ...APP, port });
		const channel = c.subscribe('after-restart');
		await once(channel, 'pusher:subscription_succeeded');
		expect(c.connection.socket_id).not.toBe(first);
		c.disconnect();
		await revived.close();
	});
});
