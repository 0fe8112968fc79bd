/**
 * The two-factor key of the demo staff accounts, published like the demo password
 * (seed/accounts.ts) and printed in the start banner. `npm start` enrols the demo staff with it
 * only when the demo data is present, so a deployment without demo data never carries it. Tests compute
 * codes from it (tests/helpers/e2e/two-factor.ts).
 */
export const DEMO_TOTP_SECRET = 'LINLIDEMOSTAFFTOTPKEYTWENTYSIXAA';
