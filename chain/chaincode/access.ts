/**
 * Who may do what on the channel, by MSP id. The platform's organisation (the community
 * committee's) submits transfers; the partners' and auditors' organisations only read. The lists
 * come from the chaincode's environment so one build serves any network; every endorsing peer
 * must be given the same lists, or their endorsements differ and the transaction fails.
 */
export interface AccessPolicy {
	writers: readonly string[];
	readers: readonly string[];
}

export const DEFAULT_POLICY: AccessPolicy = {
	writers: ['CommitteeMSP'],
	readers: ['PartnersMSP', 'AuditorsMSP']
};

function list(value: string | undefined, fallback: readonly string[]): readonly string[] {
	const items = (value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
	return items.length > 0 ? items : fallback;
}

/** LINLI_WRITER_MSP_IDS and LINLI_READER_MSP_IDS: comma-separated MSP ids. */
export function policyFromEnv(env: Record<string, string | undefined>): AccessPolicy {
	return {
		writers: list(env.LINLI_WRITER_MSP_IDS, DEFAULT_POLICY.writers),
		readers: list(env.LINLI_READER_MSP_IDS, DEFAULT_POLICY.readers)
	};
}

export function maySubmit(policy: AccessPolicy, mspId: string): boolean {
	return policy.writers.includes(mspId);
}

/** Writers read too: the platform reconciles its database against the ledger. */
export function mayRead(policy: AccessPolicy, mspId: string): boolean {
	return policy.writers.includes(mspId) || policy.readers.includes(mspId);
}
