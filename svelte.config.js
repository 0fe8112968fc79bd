import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		files: { src: 'web/src', assets: 'web/static' },
		alias: { $core: 'chain/core', $db: 'db', $chain: 'chain', $seed: 'seed' },
		typescript: {
			config: (c) => {
				c.include.push(
					'../chain/**/*.ts',
					'../db/**/*.ts',
					'../seed/**/*.ts',
					'../web/server/**/*.ts',
					'../*.config.ts'
				);
			}
		}
	}
};

export default config;
