/**
 * Invitation codes are read aloud and typed by elderly people, so they avoid look-alikes
 * (0/O, 1/I/L) and are shown in two groups of four: `K7QM-3RXD`.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** Turns random bytes into a code. Each byte picks one character (a slight bias is harmless). */
export function codeFromBytes(bytes: Uint8Array): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) {
		code += CODE_ALPHABET[(bytes[i] ?? 0) % CODE_ALPHABET.length];
	}
	return code;
}

/** Reads a code as typed: any case, spaces and dashes ignored. Null when it cannot be a code. */
export function normaliseInvitationCode(input: string): string | null {
	const code = input.replace(/[\s-]/g, '').toUpperCase();
	if (code.length !== CODE_LENGTH) return null;
	for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
	return code;
}

export function formatInvitationCode(code: string): string {
	return `${code.slice(0, 4)}-${code.slice(4)}`;
}
