/**
 * Every bound the embedded server keeps, so one misbehaving client (or a flood of them) cannot
 * exhaust the app process it shares. The defaults follow hosted Pusher's published limits where
 * there is one (10 KiB per event, 10 events per batch, 100 presence members, 200-char names).
 */
export interface RealtimeLimits {
	/** Open WebSocket connections; the next one is refused with 4100 (clients back off). */
	maxConnections: number;
	/** Largest incoming WebSocket frame; larger ones close the socket with 1009. */
	maxMessageBytes: number;
	/** Sustained messages per second per connection, with `messageBurst` allowed at once. */
	messagesPerSecond: number;
	messageBurst: number;
	/** Channels one connection may hold at the same time. */
	maxChannelsPerConnection: number;
	maxPresenceMembers: number;
	/** Announced to clients: they ping after this much silence from the server. */
	activityTimeoutSeconds: number;
	/** How long a ping may go unanswered before the connection is closed with 4201. */
	pongTimeoutSeconds: number;
	/** How often idle connections are looked at. */
	sweepIntervalMs: number;
	/** Events API: whole request body, one event's data, events per batch. */
	maxBodyBytes: number;
	maxEventDataBytes: number;
	maxBatchEvents: number;
	/** Allowed clock difference for the Events API's auth_timestamp. */
	timestampToleranceSeconds: number;
}

export const DEFAULT_LIMITS: RealtimeLimits = {
	maxConnections: 10_000,
	maxMessageBytes: 10 * 1024,
	messagesPerSecond: 10,
	messageBurst: 50,
	maxChannelsPerConnection: 100,
	maxPresenceMembers: 100,
	activityTimeoutSeconds: 120,
	pongTimeoutSeconds: 30,
	sweepIntervalMs: 5_000,
	maxBodyBytes: 256 * 1024,
	maxEventDataBytes: 10 * 1024,
	maxBatchEvents: 10,
	timestampToleranceSeconds: 600
};
