export { keyFromBase32, totpAt, TOTP_PERIOD_SECONDS } from './codes';
export { DEMO_TOTP_SECRET } from './demo';
export { enrolDemoStaff } from './demo-enrolment';
export { qrSvg } from './qr';
export {
	beginEnrolment,
	mustUseTwoFactor,
	passSecondFactor,
	pendingEnrolment,
	replaceRecoveryCodes,
	twoFactorState,
	TWO_FACTOR_ROLES,
	type SecondFactorError
} from './two-factor.service';
