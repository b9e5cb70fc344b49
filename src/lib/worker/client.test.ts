// The watchdog and the queue, with a fake worker and fake timers: no browser, no real worker.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '$lib/core/types';
import { InspectionClient } from './client';
import type { InspectRequest, InspectResponse, WorkerLike } from './protocol';

class FakeWorker implements WorkerLike {
	received: InspectRequest[] = [];
	terminated = false;
	onmessage: ((event: MessageEvent<InspectResponse>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	postMessage(message: InspectRequest): void {
		this.received.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	/** Answers the request with this id as the worker would. */
	answer(id: number, report: Partial<Report> = { verdict: 'unverified' }): void {
		this.onmessage?.({ data: { id, ok: true, report: report as Report } } as MessageEvent);
	}
}

const input = (token: string) => ({ token, now: new Date(0) });

let workers: FakeWorker[];
let client: InspectionClient;

beforeEach(() => {
	vi.useFakeTimers();
	workers = [];
	client = new InspectionClient(() => {
		const worker = new FakeWorker();
		workers.push(worker);
		return worker;
	}, 2000);
});
afterEach(() => vi.useRealTimers());

describe('the inspection client', () => {
	it('starts no worker until the first inspection', () => {
		expect(workers).toHaveLength(0);
		void client.inspect(input('a'));
		expect(workers).toHaveLength(1);
	});

	it('starts the worker ahead of the first inspection when warmed, once, and asks it nothing', () => {
		client.warm();
		client.warm();
		expect(workers).toHaveLength(1);
		expect(workers[0]!.received).toEqual([]);
		void client.inspect(input('a'));
		expect(workers).toHaveLength(1);
		expect(workers[0]!.received.map((r) => r.input.token)).toEqual(['a']);
	});

	it("hands back the rehearsal's report, so the page can rehearse its first mount with it", async () => {
		const rehearsed = client.warm(input('rehearsal'));
		const worker = workers[0]!;
		expect(worker.received.map((r) => r.input.token)).toEqual(['rehearsal']);
		worker.answer(worker.received[0]!.id, { verdict: 'invalid' });
		await expect(rehearsed).resolves.toMatchObject({
			kind: 'report',
			report: { verdict: 'invalid' }
		});
		// A worker that already has work rehearses nothing, and says so.
		void client.inspect(input('a'));
		await expect(client.warm(input('again'))).resolves.toBeUndefined();
	});

	it("returns the worker's report", async () => {
		const outcome = client.inspect(input('a'));
		workers[0]!.answer(workers[0]!.received[0]!.id, { verdict: 'invalid' });
		await expect(outcome).resolves.toMatchObject({
			kind: 'report',
			report: { verdict: 'invalid' }
		});
	});

	it('reports an exception in the core as a failure', async () => {
		const outcome = client.inspect(input('a'));
		const { id } = workers[0]!.received[0]!;
		workers[0]!.onmessage?.({ data: { id, ok: false, error: 'boom' } } as MessageEvent);
		await expect(outcome).resolves.toEqual({ kind: 'failed', error: 'boom' });
	});

	it('keeps one inspection waiting: a newer request supersedes the waiting one', async () => {
		const first = client.inspect(input('a'));
		const second = client.inspect(input('ab'));
		const third = client.inspect(input('abc'));
		await expect(second).resolves.toEqual({ kind: 'superseded' });
		const worker = workers[0]!;
		expect(worker.received.map((r) => r.input.token)).toEqual(['a']);
		worker.answer(worker.received[0]!.id);
		await expect(first).resolves.toMatchObject({ kind: 'report' });
		expect(worker.received.map((r) => r.input.token)).toEqual(['a', 'abc']);
		worker.answer(worker.received[1]!.id);
		await expect(third).resolves.toMatchObject({ kind: 'report' });
	});

	it('ends a worker that runs past the limit, says so, and runs the next input in a new worker', async () => {
		const heavy = client.inspect(input('heavy'));
		const next = client.inspect(input('light'));
		vi.advanceTimersByTime(1999);
		expect(workers[0]!.terminated).toBe(false);
		vi.advanceTimersByTime(1);
		await expect(heavy).resolves.toEqual({ kind: 'too-heavy', limitMs: 2000 });
		expect(workers[0]!.terminated).toBe(true);
		expect(workers).toHaveLength(2);
		expect(workers[1]!.received.map((r) => r.input.token)).toEqual(['light']);
		workers[1]!.answer(workers[1]!.received[0]!.id);
		await expect(next).resolves.toMatchObject({ kind: 'report' });
	});

	it('ignores a late answer from an ended worker', async () => {
		const heavy = client.inspect(input('heavy'));
		vi.advanceTimersByTime(2000);
		await expect(heavy).resolves.toMatchObject({ kind: 'too-heavy' });
		const next = client.inspect(input('light'));
		// The old worker's answer (id 1) arrives after all: it must not become the report for "light".
		workers[0]!.answer(1, { verdict: 'valid' });
		workers[1]!.answer(workers[1]!.received[0]!.id, { verdict: 'invalid' });
		await expect(next).resolves.toMatchObject({ report: { verdict: 'invalid' } });
	});

	it('times each inspection from its own start, not from when it was asked for', async () => {
		const first = client.inspect(input('a'));
		const second = client.inspect(input('b'));
		vi.advanceTimersByTime(1500);
		workers[0]!.answer(workers[0]!.received[0]!.id);
		await first;
		vi.advanceTimersByTime(1500);
		// 3 s after it was asked for, but 1.5 s after it started: still running, not too heavy.
		expect(workers[0]!.terminated).toBe(false);
		workers[0]!.answer(workers[0]!.received[1]!.id);
		await expect(second).resolves.toMatchObject({ kind: 'report' });
	});

	it('fails the inspection when the worker cannot load, and starts a new worker next time', async () => {
		const outcome = client.inspect(input('a'));
		workers[0]!.onerror?.({ message: 'load failed', preventDefault() {} } as ErrorEvent);
		await expect(outcome).resolves.toEqual({ kind: 'failed', error: 'load failed' });
		void client.inspect(input('b'));
		expect(workers).toHaveLength(2);
	});
});
