// Serves the production build for a script (screenshots, the page benchmark) the way `npm start` does, on a
// port of its own so it never meets the end-to-end tests' server.
import { spawn, spawnSync } from 'node:child_process';

/** Builds (unless `--no-build` was given), serves `build/` on the port, runs `use`, and stops the server. */
export async function withPreview<T>(port: number, use: (base: string) => Promise<T>): Promise<T> {
	if (!process.argv.includes('--no-build')) {
		const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
		if (build.status !== 0) throw new Error('The build failed');
	}
	const server = spawn(
		'npx',
		['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
		{ stdio: 'ignore', detached: true }
	);
	const base = `http://127.0.0.1:${port}`;
	try {
		await waitForServer(base, 30_000);
		return await use(base);
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`The preview server did not answer at ${url}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}
