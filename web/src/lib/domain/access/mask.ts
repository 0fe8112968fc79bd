/**
 * Hides the middle of a mainland mobile number the way Chinese apps do (138****5678), so staff
 * can tell residents apart and confirm by phone without seeing the whole number.
 */
export function maskPhone(phone: string | null | undefined): string {
	if (!phone) return '';
	if (phone.length < 7) return '*'.repeat(phone.length);
	return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
