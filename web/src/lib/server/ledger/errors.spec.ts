import { describe, expect, it } from 'vitest';
import { LEDGER_ERRORS } from '$core/ledger';
import { isMessageKey, translate } from '$lib/i18n';
import { ledgerErrorMessageKey, ledgerMessageKeyFor } from './errors';

describe('ledgerErrorMessageKey', () => {
	it.each([...LEDGER_ERRORS, 'account_already_exists' as const])(
		'should give %s a message in both languages',
		(code) => {
			const key = ledgerErrorMessageKey(code);
			expect(isMessageKey(key)).toBe(true);
			expect(translate('zh-CN', key)).not.toBe(translate('en', key));
			expect(translate('en', key).length).toBeGreaterThan(5);
		}
	);
});

describe('ledgerMessageKeyFor', () => {
	it('should find the message of a ledger code a feature passes on, and nothing for others', () => {
		expect(ledgerMessageKeyFor('hold_expired')).toBe('ledger.error.holdExpired');
		expect(ledgerMessageKeyFor('exceeds_floor')).toBe('ledger.error.exceedsFloor');
		expect(ledgerMessageKeyFor('toString')).toBeNull();
		expect(ledgerMessageKeyFor('slot_full')).toBeNull();
	});
});
