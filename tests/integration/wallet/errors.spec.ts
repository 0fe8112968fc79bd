import { describe, expect, it } from 'vitest';
import { LEDGER_ERRORS } from '../../../chain/core/ledger';
import { isMessageKey, translate } from '../../../web/src/lib/i18n';
import { ledgerErrorMessageKey } from '../../../web/src/lib/server/ledger';
import type { WalletError } from '../../../web/src/lib/server/wallet';

// Every refusal a person can meet must read as a sentence in both languages, never as a code.
const readable = (text: string) => text.length > 3 && !/[a-z]+_[a-z]+/.test(text);

describe('ledger refusals at the edge', () => {
	it.each(LEDGER_ERRORS)('should word %s in Chinese and English', (code) => {
		const key = ledgerErrorMessageKey(code);
		expect(isMessageKey(key)).toBe(true);
		const zh = translate('zh-CN', key);
		const en = translate('en', key);
		expect(readable(zh) && readable(en), `${zh} / ${en}`).toBe(true);
		expect(zh).toMatch(/[\u4e00-\u9fff]/);
	});

	it.each(['forbidden', 'not_found'] satisfies WalletError[])(
		'should word the wallet refusal %s',
		(code) => {
			const key = `wallet.error.${code}`;
			expect(isMessageKey(key)).toBe(true);
			if (isMessageKey(key)) expect(readable(translate('zh-CN', key))).toBe(true);
		}
	);
});
