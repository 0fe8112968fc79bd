export { isHttps, securityHeaders } from './headers';
export { LIMITED_AREAS, limitedAreaFor, rateLimitScale, type LimitedArea } from './limits';
export {
	consumeRateLimit,
	sweepRateLimits,
	type RateLimitDecision,
	type RateLimitRule
} from './rate-limit';
export { rateLimited, checkRateLimit } from './respond';
