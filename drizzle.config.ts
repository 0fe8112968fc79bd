import { defineConfig } from 'drizzle-kit';

export default defineConfig({
	schema: './db/schema/index.ts',
	out: './db/migrations',
	dialect: 'postgresql',
	strict: true,
	verbose: true
});
