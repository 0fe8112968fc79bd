import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, resolveChromium } from './tests/helpers/e2e/chromium';
import { pickPort } from './tests/helpers/e2e/port';

// The config is evaluated again in every worker; the port picked by the runner reaches the
// workers through the environment they inherit, so all of them talk to the same server.
process.env.LINLI_E2E_PORT ??= String(await pickPort(4173));
process.env.LINLI_E2E_REALTIME_PORT ??= String(await pickPort(0));
const port = Number(process.env.LINLI_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
// A fresh data folder per run: the embedded PostgreSQL is created, migrated and seeded from zero.
const dataDir = `.data/e2e-${port}`;
const browser = await resolveChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	// Per run, like the data folder: a second run at the same time must not wipe this one's traces.
	outputDir: `test-results/e2e-${port}`,
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: [['list']],
	use: {
		baseURL,
		browserName: 'chromium',
		locale: 'zh-CN',
		trace: 'retain-on-failure',
		launchOptions: { executablePath: browser.executablePath, args: CHROMIUM_ARGS, env: browser.env }
	},
	projects: [
		// Signs the seeded staff in once (password and one-time code) and saves their sessions.
		{ name: 'setup', testMatch: '**/*.setup.ts' },
		{ name: 'e2e', testMatch: '**/*.e2e.ts', dependencies: ['setup'] }
	],
	webServer: {
		// `npm start` is what people run: it builds when stale, starts PostgreSQL, migrates, seeds.
		command: `rm -rf ${dataDir} && npm start`,
		url: `${baseURL}/healthz`,
		env: {
			PORT: String(port),
			HOST: '127.0.0.1',
			// No ORIGIN: the journeys run the app exactly as `npm start` serves it on plain http.
			ORIGIN: '',
			REALTIME_PORT: process.env.LINLI_E2E_REALTIME_PORT,
			LINLI_DATA_DIR: dataDir,
			DATABASE_URL: '',
			LINLI_SEED: '1',
			// Two HTTP processes sharing the port (node:cluster): every journey then also proves
			// that nothing a request needs lives in one process's memory.
			WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '2',
			// LINLI_WORKER=0 runs without the job runner (only to narrow down a failing start).
			LINLI_WORKER: process.env.LINLI_WORKER ?? '1'
		},
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'pipe',
		stderr: 'pipe',
		gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 }
	}
});
