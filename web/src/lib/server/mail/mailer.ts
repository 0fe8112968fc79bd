/** One message to a person: an e-mail, or a text message when `to` is a phone number. */
export interface OutgoingMessage {
	to: string;
	subject: string;
	body: string;
}

/** The port every feature sends through; adapters decide how it leaves the building. */
export interface Mailer {
	send(message: OutgoingMessage): Promise<void>;
}

/** Phone numbers are stored as bare digits (1[3-9]xxxxxxxxx); everything else is e-mail. */
export function isPhoneAddress(to: string): boolean {
	return /^1[3-9][0-9]{9}$/.test(to);
}
