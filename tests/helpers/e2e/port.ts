import { createServer } from 'node:net';

function listenable(port: number): Promise<number | null> {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(null));
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const bound = typeof address === 'object' && address ? address.port : null;
			server.close(() => resolve(bound));
		});
	});
}

/** `preferred` when it is free on the loopback interface, otherwise any free port. */
export async function pickPort(preferred: number): Promise<number> {
	const port = (await listenable(preferred)) ?? (await listenable(0));
	if (port === null) throw new Error('No free TCP port on 127.0.0.1');
	return port;
}
