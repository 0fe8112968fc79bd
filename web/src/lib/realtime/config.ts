/**
 * What the browser needs to reach the real-time server. Public by design: the key identifies the
 * app, while the secret never leaves the server.
 */
export interface PublicRealtimeConfig {
	key: string;
	/** Set for self-hosted servers (embedded or soketi); hosted Pusher uses `cluster` instead. */
	wsHost?: string;
	wsPort?: number;
	forceTLS: boolean;
	cluster: string;
}
