import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		files: { src: 'web/src', assets: 'web/static' },
		alias: { $core: 'chain/core', $db: 'db', $chain: 'chain', $seed: 'seed' },
		// Strict CSP: scripts only from this origin plus the nonce (or hash) SvelteKit puts on its
		// own inline bootstrap. Realtime sockets (embedded server on another port, or Pusher) need
		// ws:/wss:. Other headers (HSTS, nosniff, …) are set in web/src/lib/server/hooks/security.ts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'ws:', 'wss:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self', 'https://checkout.stripe.com', 'https://connect.stripe.com'],
				'frame-ancestors': ['none'],
				'frame-src': ['none']
			}
		},
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
