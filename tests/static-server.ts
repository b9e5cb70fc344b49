// A tiny static server for the update test: it serves one build, then another at the same origin, as a
// deployment does. Only what the built site needs: files by path, "/" as index.html, no caching headers tricks.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

export interface StaticServer {
	url: string;
	/** Serves another directory from now on. */
	serve(root: string): void;
	close(): Promise<void>;
}

export async function startStaticServer(root: string, port: number): Promise<StaticServer> {
	let current = root;
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		const file = normalize(join(current, path.endsWith('/') ? `${path}index.html` : path));
		if (!file.startsWith(current) || !existsSync(file) || !statSync(file).isFile()) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'cache-control': 'no-cache'
		});
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${port}`,
		serve: (next) => (current = next),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
