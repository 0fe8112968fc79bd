import { AsyncLocalStorage } from 'node:async_hooks';

/** What the audit log takes from the request without every service having to pass it along. */
export interface RequestContext {
	ip: string | null;
	/**
	 * How many audit entries this request has written so far (`record` counts them), so the
	 * catch-all entry for a staff form action (hooks/audit.ts) is only added when none did.
	 */
	recorded?: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (the rest of the request) with `context` visible to `currentRequest()`. */
export function withRequestContext<T>(context: RequestContext, fn: () => T): T {
	return storage.run(context, fn);
}

/** The context of the request being served, or undefined in jobs and scripts. */
export function currentRequest(): RequestContext | undefined {
	return storage.getStore();
}
