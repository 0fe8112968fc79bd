import Pusher from 'pusher';
import { describe, expect, it } from 'vitest';
import { parseChannel } from '../../../web/src/lib/realtime/channels';
import {
	authorizeChannel,
	type ChannelFacts,
	type ChannelUser
} from '../../../web/src/lib/server/realtime/authorize';
import { authorizeSocket } from '../../../web/src/lib/server/realtime/authorize-socket';
import { ChannelResolvers } from '../../../web/src/lib/server/realtime/resolvers';

const alice: ChannelUser = { id: 7, displayName: '王阿姨' };
const none: ChannelFacts = { access: null };
const allowed: ChannelFacts = { access: { allowed: true } };
const refused: ChannelFacts = { access: { allowed: false } };

describe('parseChannel', () => {
	it.each([
		['private-user-7', { kind: 'user', userId: 7 }],
		['presence-activity-12', { kind: 'activity', activityId: 12 }],
		['private-partner-3-counter', { kind: 'partner-counter', partnerId: 3 }],
		['private-vote-9', { kind: 'vote', voteId: 9 }],
		['private-user-07', null],
		['private-user-0', null],
		['private-user-7-extra', null],
		['private-user-99999999999999999999', null],
		['presence-user-7', null],
		['news', null]
	])('should read %s as %j', (name, expected) => {
		expect(parseChannel(name)).toEqual(expected);
	});
});

describe('authorizeChannel', () => {
	it.each([
		['own private channel', 'private-user-7', none, { ok: true }],
		['own channel even if a resolver said no', 'private-user-7', refused, { ok: true }],
		["another user's channel", 'private-user-8', allowed, { ok: false, error: 'not_your_channel' }],
		[
			'a name the app does not use',
			'private-admin',
			allowed,
			{ ok: false, error: 'unknown_channel' }
		],
		['a public channel', 'news', allowed, { ok: false, error: 'unknown_channel' }],
		['a vote with no resolver', 'private-vote-1', none, { ok: false, error: 'not_allowed' }],
		['a vote the resolver refuses', 'private-vote-1', refused, { ok: false, error: 'not_allowed' }],
		['a vote the resolver allows', 'private-vote-1', allowed, { ok: true }],
		['a partner counter, no resolver', 'private-partner-2-counter', none, { ok: false }],
		['an activity, no resolver', 'presence-activity-4', none, { ok: false, error: 'not_allowed' }]
	])('should decide %s', (_, channel, facts, expected) => {
		expect(authorizeChannel(alice, channel, facts)).toMatchObject(expected);
	});

	it('should sign presence membership as the user, with the name unless the feature says more', () => {
		expect(authorizeChannel(alice, 'presence-activity-4', allowed)).toEqual({
			ok: true,
			value: {
				channel: 'presence-activity-4',
				presence: { user_id: '7', user_info: { name: '王阿姨' } }
			}
		});
		const organiser = {
			access: { allowed: true, userInfo: { name: '王阿姨', role: 'organiser' } }
		};
		const result = authorizeChannel(alice, 'presence-activity-4', organiser);
		expect(result.ok && result.value.presence?.user_info).toEqual({
			name: '王阿姨',
			role: 'organiser'
		});
	});
});

describe('authorizeSocket', () => {
	const signer = new Pusher({ appId: '1', key: 'k', secret: 's', host: '127.0.0.1' });

	it('should sign an allowed channel exactly as the pusher library does', async () => {
		const result = await authorizeSocket(
			{ user: alice, socketId: '1.2', channel: 'private-user-7' },
			{ facts: new ChannelResolvers(), signer }
		);
		expect(result).toEqual({ ok: true, value: signer.authorizeChannel('1.2', 'private-user-7') });
	});

	it('should ask the resolver registered for the channel kind, and only it', async () => {
		const asked: string[] = [];
		const resolvers = new ChannelResolvers()
			.register('activity', async (user, ref) => {
				asked.push(`activity:${user.id}:${JSON.stringify(ref)}`);
				return { allowed: true };
			})
			.register('vote', async () => {
				asked.push('vote');
				return { allowed: false };
			});
		const deps = { facts: resolvers, signer };
		const presence = await authorizeSocket(
			{ user: alice, socketId: '1.2', channel: 'presence-activity-5' },
			deps
		);
		expect(presence.ok && JSON.parse(presence.value.channel_data ?? '')).toEqual({
			user_id: '7',
			user_info: { name: '王阿姨' }
		});
		const vote = await authorizeSocket(
			{ user: alice, socketId: '1.2', channel: 'private-vote-1' },
			deps
		);
		expect(vote).toEqual({ ok: false, error: 'not_allowed' });
		await authorizeSocket({ user: alice, socketId: '1.2', channel: 'private-user-7' }, deps);
		await authorizeSocket({ user: alice, socketId: '1.2', channel: 'private-nothing' }, deps);
		expect(asked).toEqual(['activity:7:{"kind":"activity","activityId":5}', 'vote']);
	});

	it('should refuse when real time is not configured', async () => {
		const result = await authorizeSocket(
			{ user: alice, socketId: '1.2', channel: 'private-user-7' },
			{ facts: new ChannelResolvers(), signer: null }
		);
		expect(result).toEqual({ ok: false, error: 'realtime_off' });
	});

	it('should not let a feature register the same channel kind twice', () => {
		const resolvers = new ChannelResolvers().register('vote', async () => ({ allowed: true }));
		expect(() => resolvers.register('vote', async () => ({ allowed: true }))).toThrow();
	});
});
