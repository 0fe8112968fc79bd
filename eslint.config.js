import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// Pure rule modules must stay portable: they also run inside the Fabric chaincode.
const frameworkFree = {
	patterns: [
		{
			group: ['$app/*', '@sveltejs/*', 'svelte', 'svelte/*'],
			message: 'Pure rules must not import SvelteKit.'
		},
		{
			group: ['drizzle-orm', 'drizzle-orm/*', 'postgres', '$db/*', '$lib/server/*'],
			message: 'Pure rules must not touch the database.'
		},
		{ regex: '^node:', message: 'Pure rules must not depend on Node APIs.' }
	],
	// Exact names, so a portable package such as @oslojs/crypto stays allowed.
	paths: ['fs', 'crypto', 'path', 'os', 'child_process'].map((name) => ({
		name,
		message: 'Pure rules must not depend on Node APIs.'
	}))
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'.data/',
			'node_modules/',
			'db/migrations/',
			'test-results/',
			'playwright-report/',
			'.bench/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			curly: ['error', 'multi-line'],
			// The app is served from the root path, so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.ts'],
		ignores: ['*.config.ts', 'eslint.config.js'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': [
				'error',
				{ checksVoidReturn: { attributes: false } }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['chain/core/**/*.ts', 'web/src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', frameworkFree],
			// Node's globals are Node APIs too: bytes are Uint8Array here, the clock comes in.
			'no-restricted-globals': [
				'error',
				...['Buffer', 'process', '__dirname', 'require', 'setImmediate'].map((name) => ({
					name,
					message: 'Pure rules must not depend on Node APIs.'
				}))
			]
		}
	}
);
