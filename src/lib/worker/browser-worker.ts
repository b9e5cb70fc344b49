// Starts the inspection worker in the browser. The worker is its own bundle (`?worker&url`), loaded only when
// the first inspection is asked for, so the core is not part of the page's first load.
import workerUrl from './inspect.worker.ts?worker&url';
import type { WorkerLike } from './protocol';

/** The slice of the Trusted Types API used here; TypeScript's DOM library does not declare it yet. */
interface TrustedTypesLike {
	createPolicy(
		name: string,
		rules: { createScriptURL(url: string): string }
	): { createScriptURL(url: string): unknown };
}

// The page's CSP requires Trusted Types for script URLs ('require-trusted-types-for'), and a Worker's URL is
// one. This policy, named in the CSP's 'trusted-types', only lets through the app's own origin.
let policy: { createScriptURL(url: string): unknown } | undefined | null = null;

function trustedUrl(url: string): string | unknown {
	if (policy === null) {
		const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
		policy = trustedTypes?.createPolicy('token-inspector-worker', {
			createScriptURL(candidate) {
				if (new URL(candidate, location.href).origin !== location.origin)
					throw new TypeError(`Refusing a worker script from another origin: ${candidate}`);
				return candidate;
			}
		});
	}
	return policy ? policy.createScriptURL(url) : url;
}

/** A new inspection worker (a module worker: the build emits it as an ES module). */
export function createInspectWorker(): WorkerLike {
	return new Worker(trustedUrl(workerUrl) as string, {
		type: 'module',
		name: 'inspect'
	}) as unknown as WorkerLike;
}
