export { amountWords, balanceSign, durationWords, splitMinutes, type Sign } from './amounts';
export { creditWords, statusWords, type BalanceFacts } from './balance';
export { dayRange, dayStart, formatEntryTime, TIME_ZONE } from './dates';
export { entryEffect, entryNote, entrySign, type EntryEffect, type EntryFacts } from './entry';
export {
	counterpartWords,
	isKnownKind,
	kindLabel,
	KNOWN_KINDS,
	type CounterpartFacts,
	type KnownKind
} from './kinds';
export { wordsToText, type Worded } from './words';
