import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	test: {
		expect: { requireAssertions: true },
		globalSetup: ['tests/helpers/global-setup.ts'],
		include: [
			'chain/**/*.spec.ts',
			'web/src/**/*.spec.ts',
			'tests/integration/**/*.spec.ts',
			'tests/contract/**/*.spec.ts'
		],
		testTimeout: 60_000,
		hookTimeout: 120_000,
		pool: 'forks'
	}
});
