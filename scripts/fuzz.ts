// A long fuzz campaign over inspect(): the properties of src/lib/core/properties.test.ts, run RUNS times in
// all (default 100,000), in batches with fresh seeds, recording every counterexample instead of stopping.
//   RUNS=1000000 npm run fuzz
// Prints progress, then a summary: runs per property, verdicts and structure codes seen, the slowest
// inspection, and each finding with its seed and counterexample (exit code 1 if there is any).
import fc from 'fast-check';
import { inspect, type Report } from '../src/lib/core/index';
import {
	anyKey,
	changedToken,
	expectComplete,
	junk,
	TIME_BOUND_MS
} from '../src/lib/testing/arbitraries';
import { NOW } from '../src/lib/testing/fixtures';

const RUNS = Number(process.env.RUNS ?? 100_000);
const BATCH = 2_000;

interface Finding {
	property: string;
	seed: number;
	counterexample: string;
	error: string;
}

const findings: Finding[] = [];
const runs: Record<string, number> = { arbitrary: 0, changed: 0 };
const verdicts: Record<string, number> = {};
const codes = new Map<string, number>();
let slowest = { ms: 0, cpuMs: 0, input: '' };

// The bound is on the CPU time the inspection used, not the wall clock: on a shared machine a long campaign is
// descheduled now and then, and a 2 s pause that is not the inspector's doing is not a finding. The slowest
// wall-clock time is reported too.
async function inspectTimed(token: string, key: string | undefined): Promise<Report> {
	const started = performance.now();
	const cpuBefore = process.cpuUsage();
	const report = await inspect({ token, ...(key !== undefined ? { key } : {}), now: NOW });
	const cpu = process.cpuUsage(cpuBefore);
	const cpuMs = (cpu.user + cpu.system) / 1000;
	const ms = performance.now() - started;
	if (ms > slowest.ms) slowest = { ms, cpuMs, input: token.slice(0, 80) };
	if (cpuMs > TIME_BOUND_MS) throw new Error(`took ${cpuMs.toFixed(0)} ms of CPU`);
	verdicts[report.verdict] = (verdicts[report.verdict] ?? 0) + 1;
	const code = report.checks[0]!.code ?? '(none)';
	codes.set(code, (codes.get(code) ?? 0) + 1);
	return report;
}

const properties = {
	arbitrary: fc.asyncProperty(junk, fc.option(anyKey, { nil: undefined }), async (token, key) => {
		const report = await inspectTimed(token, key);
		expectComplete(report);
		if (report.verdict === 'valid') throw new Error('arbitrary input was valid');
	}),
	changed: fc.asyncProperty(changedToken, async ({ changed, key }) => {
		const report = await inspectTimed(changed, key);
		expectComplete(report);
		if (report.verdict === 'valid') throw new Error('a changed signed token was valid');
	})
};

const started = Date.now();
let done = 0;
while (done < RUNS) {
	for (const [name, property] of Object.entries(properties)) {
		const numRuns = Math.min(BATCH / 2, Math.ceil((RUNS - done) / 2));
		if (numRuns <= 0) break;
		const seed = (Math.random() * 2 ** 31) | 0;
		const result = await fc.check(property, { numRuns, seed });
		runs[name]! += result.numRuns;
		done += result.numRuns;
		if (result.failed) {
			findings.push({
				property: name,
				seed,
				counterexample: fc.stringify(result.counterexample).slice(0, 2000),
				error: String(result.errorInstance)
			});
		}
	}
	const seconds = (Date.now() - started) / 1000;
	process.stdout.write(
		`\r${done.toLocaleString('en-US')} / ${RUNS.toLocaleString('en-US')} runs, ${findings.length} findings, ${seconds.toFixed(0)} s`
	);
}

console.log('\n');
console.log(
	JSON.stringify(
		{
			runs: { total: done, ...runs },
			seconds: Math.round((Date.now() - started) / 1000),
			verdicts,
			firstCheckCodes: Object.fromEntries([...codes].sort((a, b) => b[1] - a[1]).slice(0, 25)),
			slowest: {
				ms: Math.round(slowest.ms),
				cpuMs: Math.round(slowest.cpuMs),
				input: slowest.input
			},
			findings
		},
		null,
		2
	)
);
process.exitCode = findings.length ? 1 : 0;
