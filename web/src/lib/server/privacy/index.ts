/**
 * Personal data: masking (show `138****5678` unless the task needs the whole value), logged
 * unmasking by the committee, encryption at rest (see ../crypto), export and erasure.
 */
export {
	canRequestUnmask,
	maskAddress,
	maskBirthDate,
	maskField,
	maskIdNumber,
	maskPhone,
	UNMASK_ROLES,
	type PersonalFieldName
} from './mask';
export { unmaskPersonalField, type UnmaskableField, type UnmaskError } from './unmask';
export {
	idNumberHash,
	maskedIdNumbers,
	readIdNumber,
	setResidentIdNumber,
	type IdNumberError
} from './id-number';
export { encryptPlaintextPersonalFields } from './encrypt-at-rest';
export { exportPersonalData, exportRows, type PersonalExport } from './export';
export { eraseAccount, type EraseError } from './erase';
