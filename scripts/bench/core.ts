// Section 1 of `npm run bench`: inspect() next to jose's bare compactVerify on the same token and key, in Node.
// Every case alternates two different tokens, so neither side gains from having just seen the same text
// (inspect() keeps the last token it parsed).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import {
	compactVerify,
	createLocalJWKSet,
	exportJWK,
	generateKeyPair,
	importJWK,
	SignJWT,
	type CryptoKey,
	type JWK
} from 'jose';
import type { inspect as Inspect } from '../../src/lib/core/index.ts';
import { stats, us, type Row } from './stats.ts';

const WARM_UP = 100;
const RUNS = Number(process.env.CORE_RUNS ?? 1000);
/** The budget of issue 7: inspect() costs at most 1.5× compactVerify on the same token. */
const RATIO_BUDGET = 1.5;

interface KeyFixture {
	alg: string;
	kid?: string;
	secret?: string;
	publicJwk: JWK;
	privateJwk: JWK;
}

interface Case {
	name: string;
	tokens: [string, string];
	/** The key text a user would paste. */
	keyText: string;
	/** What compactVerify gets: an imported key, or a JWKS key selector. */
	verifyKey: Parameters<typeof compactVerify>[1];
	now: Date;
}

const read = (name: string) =>
	JSON.parse(readFileSync(new URL(`../../src/lib/core/fixtures/${name}`, import.meta.url), 'utf8'));

async function sign(fixture: KeyFixture, claims: Record<string, unknown>): Promise<string> {
	const key = fixture.secret
		? new TextEncoder().encode(fixture.secret)
		: await importJWK(fixture.privateJwk, fixture.alg);
	return new SignJWT(claims)
		.setProtectedHeader({
			alg: fixture.alg,
			typ: 'JWT',
			...(fixture.kid ? { kid: fixture.kid } : {})
		})
		.sign(key);
}

async function importForVerify(fixture: KeyFixture): Promise<CryptoKey> {
	if (fixture.secret) {
		return crypto.subtle.importKey(
			'raw',
			new TextEncoder().encode(fixture.secret),
			{ name: 'HMAC', hash: `SHA-${fixture.alg.slice(2)}` },
			false,
			['verify']
		);
	}
	return (await importJWK(fixture.publicJwk, fixture.alg)) as CryptoKey;
}

async function cases(): Promise<Case[]> {
	const keys = read('keys.json') as { now: number; keys: Record<string, KeyFixture> };
	const now = new Date(keys.now * 1000);
	const claims = (n: number) => ({
		iss: 'https://login.example.com/',
		sub: `user-${n}`,
		aud: 'api://orders',
		iat: keys.now - 60,
		exp: keys.now + 3600
	});
	const out: Case[] = [];
	for (const name of ['hs256', 'rs256', 'es256', 'eddsa']) {
		const fixture = keys.keys[name]!;
		out.push({
			name: fixture.alg,
			tokens: [await sign(fixture, claims(1)), await sign(fixture, claims(2))],
			keyText: fixture.secret ?? JSON.stringify(fixture.publicJwk),
			verifyKey: await importForVerify(fixture),
			now
		});
	}

	// A JWKS of 1,000 keys whose matching kid comes last.
	const es256 = keys.keys.es256!;
	const decoys: JWK[] = [];
	for (let i = 0; i < 999; i++) {
		const { publicKey } = await generateKeyPair('ES256', { extractable: true });
		decoys.push({ ...(await exportJWK(publicKey)), kid: `decoy-${i}`, alg: 'ES256', use: 'sig' });
	}
	const jwks = {
		keys: [...decoys, { ...es256.publicJwk, kid: es256.kid ?? 'es256', alg: 'ES256' }]
	};
	const kidFixture = { ...es256, kid: es256.kid ?? 'es256' };
	out.push({
		name: 'ES256, 1,000-key JWKS, matching kid last',
		tokens: [await sign(kidFixture, claims(1)), await sign(kidFixture, claims(2))],
		keyText: JSON.stringify(jwks),
		verifyKey: createLocalJWKSet(jwks),
		now
	});

	// A 1 MB HS256 token.
	const hs256 = keys.keys.hs256!;
	const blob = (c: string) => c.repeat(750_000);
	out.push({
		name: 'HS256, 1 MB token',
		tokens: [
			await sign(hs256, { ...claims(1), blob: blob('a') }),
			await sign(hs256, { ...claims(2), blob: blob('b') })
		],
		keyText: hs256.secret!,
		verifyKey: await importForVerify(hs256),
		now
	});
	return out;
}

/**
 * The core as the app ships it: bundled and minified by Vite, as in the inspection worker. Run straight from
 * the sources, tsx's transform wraps every inner function in esbuild's keepNames helper (\`__name\`), about a
 * tenth of an inspection in a profile, which the shipped code does not pay. jose stays external: both sides
 * of the comparison use the same jose.
 */
async function builtInspect(): Promise<typeof Inspect> {
	const outDir = fileURLToPath(new URL('../../node_modules/.cache/bench-core/', import.meta.url));
	await build({
		configFile: false,
		logLevel: 'error',
		build: {
			outDir,
			emptyOutDir: true,
			minify: true,
			target: 'es2022',
			lib: {
				entry: fileURLToPath(new URL('../../src/lib/core/index.ts', import.meta.url)),
				formats: ['es'],
				fileName: 'core'
			},
			rollupOptions: { external: ['jose'] }
		}
	});
	const file = readdirSync(outDir).find((name) => /^core\.m?js$/.test(name));
	if (!file) throw new Error(`The bundled core is not in ${outDir}`);
	const core = (await import(pathToFileURL(join(outDir, file)).href)) as {
		inspect: typeof Inspect;
	};
	return core.inspect;
}

/** Times both sides, alternating them run by run so that load and GC fall on both alike. */
async function timeCase(
	inspect: typeof Inspect,
	c: Case,
	runs: number
): Promise<[number[], number[]]> {
	const sides = [
		(token: string) => inspect({ token, key: c.keyText, now: c.now }),
		(token: string) => compactVerify(token, c.verifyKey as CryptoKey)
	];
	// Both must succeed, or the timings would compare a failure path.
	for (const token of c.tokens) {
		const report = await inspect({ token, key: c.keyText, now: c.now });
		if (report.verdict !== 'valid') throw new Error(`${c.name}: inspect says ${report.verdict}`);
		await sides[1]!(token);
	}
	const samples: [number[], number[]] = [[], []];
	const warmUp = Math.min(WARM_UP, runs);
	for (let i = 0; i < warmUp + runs; i++) {
		const token = c.tokens[i % 2]!;
		for (const [j, run] of sides.entries()) {
			const start = performance.now();
			await run(token);
			if (i >= warmUp) samples[j]!.push((performance.now() - start) * 1000);
		}
	}
	return samples;
}

/** The core rows of the bench table. */
export async function benchCore(): Promise<Row[]> {
	const rows: Row[] = [];
	const inspect = await builtInspect();
	for (const c of await cases()) {
		const runs = c.name.includes('1 MB') ? Math.max(20, Math.round(RUNS / 20)) : RUNS;
		const [inspected, verified] = (await timeCase(inspect, c, runs)).map(stats) as [
			ReturnType<typeof stats>,
			ReturnType<typeof stats>
		];
		const ratio = inspected.median / verified.median;
		rows.push({
			measure: `Core: inspect() / compactVerify — ${c.name}`,
			median: `${us(inspected.median)} / ${us(verified.median)} (${ratio.toFixed(2)}×)`,
			p95: `${us(inspected.p95)} / ${us(verified.p95)}`,
			runs,
			budget: `≤ ${RATIO_BUDGET}×`,
			within: ratio <= RATIO_BUDGET
		});
	}
	return rows;
}
