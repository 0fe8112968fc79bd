/**
 * Hides the middle of a mainland mobile number the way Chinese apps do (138****5678), so staff
 * can tell residents apart and confirm by phone without seeing the whole number.
 */
export function maskPhone(phone: string | null | undefined): string {
	if (!phone) return '';
	if (phone.length < 7) return '*'.repeat(phone.length);
	return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/**
 * 1101**********1234: the province and city (first four) and the last four shown, the way the
 * residents see it on other Chinese services. The birth date and county stay hidden.
 */
export function maskIdNumber(id: string | null | undefined): string {
	if (!id) return '';
	if (id.length <= 8) return '*'.repeat(id.length);
	return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
