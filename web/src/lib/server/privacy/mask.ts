import { maskIdNumber, maskPhone } from '$lib/domain/access/mask';
import type { Role } from '$lib/domain/access';

/** The personal fields that are masked unless the viewer's task needs them. */
export type PersonalFieldName = 'phone' | 'idNumber' | 'address' | 'birthDate';

export { maskIdNumber, maskPhone };

/** Keeps the first six characters (district and street, enough to route a visit), hides the rest. */
export function maskAddress(address: string | null | undefined): string {
	if (!address) return '';
	const chars = [...address];
	return chars.length <= 6 ? '****' : `${chars.slice(0, 6).join('')}****`;
}

/** 1951-03-08 → 1951-**-** (the age band is all most tasks need). */
export function maskBirthDate(date: string | null | undefined): string {
	if (!date) return '';
	return `${date.slice(0, 4)}-**-**`;
}

export function maskField(field: PersonalFieldName, value: string | null | undefined): string {
	switch (field) {
		case 'phone':
			return maskPhone(value);
		case 'idNumber':
			return maskIdNumber(value);
		case 'address':
			return maskAddress(value);
		case 'birthDate':
			return maskBirthDate(value);
	}
}

/**
 * Who may ask to see a field in full (each time with a reason, which is logged): only the
 * committee, who verify residents and act for those without a phone. Everyone else who sees a
 * resident for a task (partner staff at the counter, inspectors, organisers, auditors, admins)
 * only ever sees the masked form. The person always sees their own data.
 */
export const UNMASK_ROLES: readonly Role[] = ['committee'];

export function canRequestUnmask(roles: readonly Role[]): boolean {
	return roles.some((r) => UNMASK_ROLES.includes(r));
}
