/**
 * A resident's name as the partner's counter shows it: enough to greet the person, not enough to
 * identify them. Chinese names keep the family name (王**); others keep the first letter of each
 * part (J. S.).
 */
export function maskName(name: string): string {
	const trimmed = name.trim();
	if (trimmed.length === 0) return '*';
	if (/^[\u3400-\u9fff]/.test(trimmed)) {
		const chars = [...trimmed];
		return (chars[0] ?? '') + '*'.repeat(Math.max(1, chars.length - 1));
	}
	return trimmed
		.split(/\s+/)
		.map((part) => `${part.charAt(0).toUpperCase()}.`)
		.join(' ');
}
