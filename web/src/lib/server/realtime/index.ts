/** The real-time port: what features import. */
export { realtime, pusherClient, type RealtimePort, type RealtimeEvent } from './realtime';
export { publicRealtimeConfig } from './settings';
export { channelResolvers } from './resolvers';
export type { ChannelAccess, ChannelResolver, ChannelUser } from './authorize';
export {
	activityPresenceChannel,
	partnerCounterChannel,
	userChannel,
	voteChannel
} from '../../realtime/channels';
