// The inspection worker: runs the core off the page's thread, so a heavy input never freezes typing, and the
// page can end it (Worker.terminate) when one inspection runs too long. One request at a time; see client.ts.
import { inspect } from '../core';
import type { InspectRequest, InspectResponse } from './protocol';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<InspectRequest>) => void) | null;
	postMessage(message: InspectResponse): void;
};

scope.onmessage = async ({ data: { id, input } }) => {
	let response: InspectResponse;
	try {
		response = { id, ok: true, report: await inspect(input) };
	} catch (error) {
		// inspect() turns every bad input into findings; an exception is a bug, reported to the page as one.
		response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	scope.postMessage(response);
};
