export { dataKeys, deriveKeys, type DataKeys } from './data-key';
export {
	decryptField,
	encryptField,
	isSealed,
	lookupHash,
	openField,
	type PersonalField
} from './field-cipher';
export { phoneColumns, phoneHash, revealPhone, userHasPhone } from './phone';
