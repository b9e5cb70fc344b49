// Measures what inspect() costs next to jose's bare compactVerify, for the fixture tokens and keys of four
// algorithms. Run with `npm run bench`; it prints a Markdown table of medians and 95th percentiles.
import { readFileSync } from 'node:fs';
import { compactVerify, importJWK, type CryptoKey, type JWK } from 'jose';
import { inspect } from '../src/lib/core/index.ts';

const WARM_UP = 200;
const RUNS = 1000;

interface KeyFixture {
	alg: string;
	secret?: string;
	publicJwk: JWK;
}
interface Fixtures {
	keys: { now: number; keys: Record<string, KeyFixture> };
	tokens: { tokens: Record<string, string> };
}

function readFixtures(): Fixtures {
	const read = (name: string): unknown =>
		JSON.parse(
			readFileSync(new URL(`../src/lib/core/fixtures/${name}`, import.meta.url), 'utf8')
		) as unknown;
	return {
		keys: read('keys.json') as Fixtures['keys'],
		tokens: read('tokens.json') as Fixtures['tokens']
	};
}

/**
 * Times `a` and `b` RUNS times each after WARM_UP untimed runs of each, alternating them so that background
 * load and garbage collection fall on both alike. Returns both sets of samples in microseconds, sorted.
 */
async function timePair(
	a: () => Promise<unknown>,
	b: () => Promise<unknown>
): Promise<[number[], number[]]> {
	for (let i = 0; i < WARM_UP; i++) {
		await a();
		await b();
	}
	const samples: [number[], number[]] = [[], []];
	for (let i = 0; i < RUNS; i++) {
		for (const [j, run] of [a, b].entries()) {
			const start = performance.now();
			await run();
			samples[j]!.push((performance.now() - start) * 1000);
		}
	}
	return [samples[0].sort((x, y) => x - y), samples[1].sort((x, y) => x - y)];
}

/** The value at quantile q of sorted samples (nearest rank). */
function quantile(sorted: number[], q: number): number {
	return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
	const { keys, tokens } = readFixtures();
	const now = new Date(keys.now * 1000);
	const rows: string[] = [];
	for (const name of ['hs256', 'rs256', 'es256', 'eddsa']) {
		const fixture = keys.keys[name]!;
		const token = tokens.tokens[name]!;
		const keyText = fixture.secret ?? JSON.stringify(fixture.publicJwk);
		// The bare baseline gets its key imported once, as a CryptoKey, secrets too: the fastest jose can go.
		const key: CryptoKey = fixture.secret
			? await crypto.subtle.importKey(
					'raw',
					new TextEncoder().encode(fixture.secret),
					{ name: 'HMAC', hash: `SHA-${fixture.alg.slice(2)}` },
					false,
					['verify']
				)
			: ((await importJWK(fixture.publicJwk, fixture.alg)) as CryptoKey);

		// Both must succeed, or the timings would compare a failure path.
		const report = await inspect({ token, key: keyText, now });
		if (report.verdict !== 'valid') throw new Error(`${name}: inspect says ${report.verdict}`);
		await compactVerify(token, key);

		const [inspected, verified] = await timePair(
			() => inspect({ token, key: keyText, now }),
			() => compactVerify(token, key)
		);
		const [im, ip, vm, vp] = [
			quantile(inspected, 0.5),
			quantile(inspected, 0.95),
			quantile(verified, 0.5),
			quantile(verified, 0.95)
		];
		rows.push(
			`| ${fixture.alg} | ${im.toFixed(1)} | ${ip.toFixed(1)} | ${vm.toFixed(1)} | ${vp.toFixed(1)} | ${(im / vm).toFixed(1)}× | ${RUNS} |`
		);
	}
	console.log(`Node ${process.version} (${process.platform} ${process.arch})\n`);
	console.log(
		'| alg | inspect() median µs | p95 | compactVerify median µs | p95 | ratio (median) | runs |'
	);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const row of rows) console.log(row);
	console.log(
		`\ninspect() includes parsing the token, reading the key (cached after the first run), selecting the key and running all 14 checks; compactVerify is given an already imported key. ${WARM_UP} warm-up runs, then ${RUNS} timed runs each, the two alternating.`
	);
}

await main();
