import { parseCrontab } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { fabricCrontab } from '../../../web/src/lib/server/fabric/job';
import { crontab, taskList } from '../../../web/src/lib/server/jobs/registry';

/**
 * graphile-worker refuses the whole crontab at start-up when one line is malformed (a task name
 * with a dot, say), which stops every scheduled job of the app. Check it here instead.
 */
describe('job registry', () => {
	const fabricEnv = {
		FABRIC_PEER_ENDPOINT: 'localhost:7051',
		FABRIC_PEER_HOST_ALIAS: 'peer0',
		FABRIC_TLS_CERT: 'x',
		FABRIC_MSP_ID: 'CommitteeMSP',
		FABRIC_CERT: 'x',
		FABRIC_KEY: 'x',
		FABRIC_CHANNEL: 'linli',
		FABRIC_CHAINCODE: 'linli'
	};
	const lines = [crontab, ...fabricCrontab(fabricEnv)].join('\n');

	it('should parse as a graphile-worker crontab', () => {
		expect(() => parseCrontab(lines)).not.toThrow();
	});

	it('should schedule only tasks that the runner knows', () => {
		const scheduled = parseCrontab(crontab).map((item) => item.task);
		expect(scheduled.length).toBeGreaterThan(5);
		for (const task of scheduled) expect(Object.keys(taskList), task).toContain(task);
	});
});
