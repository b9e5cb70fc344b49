// The app's own state as a installed, offline-capable page: whether the network is there, and whether a new
// version is installed and waiting. The new version takes over only when the user asks (`reload`), so code
// is never swapped in the middle of a diagnosis.
export class AppStatus {
	online = $state(true);
	/** A new service worker is installed and waiting for this page to let it take over. */
	updateReady = $state(false);
	#registration: ServiceWorkerRegistration | undefined;

	/** Starts watching the network and the service worker; returns the function that stops. */
	start(): () => void {
		const setOnline = () => (this.online = navigator.onLine);
		setOnline();
		addEventListener('online', setOnline);
		addEventListener('offline', setOnline);
		let stopped = false;
		if ('serviceWorker' in navigator) {
			// SvelteKit registers the worker itself; this only waits for its registration.
			void navigator.serviceWorker.ready.then((registration) => {
				if (!stopped) this.#watch(registration);
			});
		}
		return () => {
			stopped = true;
			removeEventListener('online', setOnline);
			removeEventListener('offline', setOnline);
		};
	}

	/** Lets the waiting version take over, then reloads into it once it controls the page. */
	reload(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return;
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
			once: true
		});
		waiting.postMessage('skip-waiting');
	}

	#watch(registration: ServiceWorkerRegistration): void {
		this.#registration = registration;
		// Only an update is offered: the very first install has no controller and nothing to replace.
		const check = () => {
			this.updateReady = !!registration.waiting && !!navigator.serviceWorker.controller;
		};
		const follow = (worker: ServiceWorker | null) => worker?.addEventListener('statechange', check);
		check();
		follow(registration.installing);
		registration.addEventListener('updatefound', () => follow(registration.installing));
	}
}
