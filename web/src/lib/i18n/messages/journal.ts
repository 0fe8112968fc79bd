import { defineMessages } from '../define';

/** The public receipt check (/verify). Plain words: many readers are elderly residents. */
export default defineMessages({
	'journal.verify.title': { 'zh-CN': '核对记录', en: 'Check a record' },
	'journal.verify.intro': {
		'zh-CN':
			'每一笔时间和积分都有一张收据。输入收据上的编号，或者把整张收据贴进来，我们帮您核对这笔记录是真的、没有被改过。',
		en: 'Every movement of hours or points has a receipt. Enter the number on the receipt, or paste the whole receipt, and we check that the record is real and unchanged.'
	},
	'journal.verify.input': { 'zh-CN': '收据编号或收据内容', en: 'Receipt number or receipt text' },
	'journal.verify.submit': { 'zh-CN': '核对', en: 'Check' },
	'journal.verify.noscript': {
		'zh-CN': '核对要在您的浏览器里计算，请打开 JavaScript 后再试。',
		en: 'The check runs in your browser. Please turn on JavaScript and try again.'
	},
	'journal.verify.checking': { 'zh-CN': '正在核对，请稍等……', en: 'Checking, please wait…' },
	'journal.verify.verified': { 'zh-CN': '已验证', en: 'Verified' },
	'journal.verify.verifiedDetail': {
		'zh-CN': '这笔记录在账本里，没有被改过。',
		en: 'This record is in the ledger and has not been changed.'
	},
	'journal.verify.failed': { 'zh-CN': '没有通过核对', en: 'Not verified' },
	'journal.verify.waiting': { 'zh-CN': '还不能完全核对', en: 'Not fully checkable yet' },
	'journal.verify.notFound': {
		'zh-CN': '找不到这个编号的记录。请看看编号有没有输错。',
		en: 'No record has this number. Please check the number.'
	},
	'journal.verify.badInput': {
		'zh-CN': '这不像收据编号，也不像收据内容。',
		en: 'This is neither a receipt number nor a receipt.'
	},
	'journal.verify.networkError': {
		'zh-CN': '暂时连不上，请稍后再试。',
		en: 'Cannot connect right now. Please try again later.'
	},
	'journal.verify.check.payload': { 'zh-CN': '记录内容完整', en: 'Record content is complete' },
	'journal.verify.check.entry_hash': { 'zh-CN': '记录没有被改过', en: 'Record is unchanged' },
	'journal.verify.check.merkle_proof': {
		'zh-CN': '记录在封存的账页里',
		en: 'Record is in a sealed ledger page'
	},
	'journal.verify.check.signature': {
		'zh-CN': '账页有平台的签名',
		en: 'Ledger page carries the platform signature'
	},
	'journal.verify.state.passed': { 'zh-CN': '通过', en: 'passed' },
	'journal.verify.state.failed': { 'zh-CN': '没通过', en: 'failed' },
	'journal.verify.state.skipped': { 'zh-CN': '没核对', en: 'not checked' },
	'journal.verify.failure.not_journaled': {
		'zh-CN': '这笔记录刚刚办好，还在登记中。请过一会儿再来核对。',
		en: 'This record was just made and is still being entered. Please check again shortly.'
	},
	'journal.verify.failure.not_sealed': {
		'zh-CN': '记录已经登记，但账页还没封存。内容没有问题，请过一会儿再来完整核对。',
		en: 'The record is entered but its ledger page is not sealed yet. The content checks out; check again shortly for the full check.'
	},
	'journal.verify.failure.payload_malformed': {
		'zh-CN': '收据内容不完整或格式不对。',
		en: 'The receipt content is incomplete or malformed.'
	},
	'journal.verify.failure.transfer_mismatch': {
		'zh-CN': '收据内容和编号对不上。',
		en: 'The receipt content does not match its number.'
	},
	'journal.verify.noScanner': {
		'zh-CN': '这部手机不能扫码，请输入收据上的编号',
		en: 'This phone cannot scan; type the number on the receipt'
	},
	'journal.verify.showQr': {
		'zh-CN': '出示这张收据的二维码',
		en: 'Show this receipt as a QR code'
	},
	'journal.verify.qrAlt': { 'zh-CN': '收据二维码', en: 'Receipt QR code' },
	'journal.verify.qrHint': {
		'zh-CN': '别人用手机扫一扫，就能自己核对这笔记录。',
		en: 'Someone else can scan it with a phone and check this record themselves.'
	},
	'journal.verify.missingFromLedger': {
		'zh-CN':
			'公开日志里有这笔转账，签名也对，但社区账本里已经找不到它了：账本被人改动过，请告诉居委会或审计员。',
		en: 'The journal holds this transfer, correctly signed, but the community ledger no longer has it: the ledger was tampered with. Please tell the committee or an auditor.'
	},
	'journal.verify.failure.entry_hash_mismatch': {
		'zh-CN': '记录内容被改过：和登记时的指纹不一样。',
		en: 'The record was changed: it no longer matches its fingerprint (entry hash).'
	},
	'journal.verify.failure.proof_invalid': {
		'zh-CN': '这条记录不在它所说的账页里（默克尔证明不成立）。',
		en: 'The record is not in the ledger page it claims (the Merkle proof fails).'
	},
	'journal.verify.failure.header_hash_mismatch': {
		'zh-CN': '账页的页头被改过。',
		en: 'The ledger page header was changed.'
	},
	'journal.verify.failure.key_unknown': {
		'zh-CN': '签名用的钥匙不是平台公布的钥匙。',
		en: 'The signing key is not one the platform published.'
	},
	'journal.verify.failure.signature_invalid': {
		'zh-CN': '账页的签名不对。',
		en: 'The ledger page signature is not valid.'
	},
	'journal.verify.failure.signature_unsupported': {
		'zh-CN': '您的浏览器版本太旧，无法核对签名。请换用新版浏览器。',
		en: 'Your browser is too old to check the signature. Please use a recent browser.'
	},
	'journal.verify.position': { 'zh-CN': '账本第 {position} 条', en: 'Ledger entry {position}' },
	'journal.verify.block': { 'zh-CN': '第 {block} 页账页', en: 'Ledger page {block}' },
	'journal.verify.anchor': { 'zh-CN': '区块链交易：{txId}', en: 'Blockchain transaction: {txId}' }
});
