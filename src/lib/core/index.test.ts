import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
	CHECK_IDS,
	inspect,
	verdictOf,
	type CheckCode,
	type CheckId,
	type CheckResult,
	type Verdict
} from './index';
import {
	CLAIMS,
	inspectAt,
	keyText,
	mint,
	NOW,
	NOW_SECONDS,
	part,
	row,
	signWith,
	TOKENS,
	type KeyName
} from '$lib/testing/fixtures';
import { readKey } from './keys/read-key';
import { parseToken } from './token/parse';
import { verifySignature, type Verification } from './verify/verify-signature';
import { CHECKS } from './checks/registry';

const NAMES = Object.keys(TOKENS) as KeyName[];
/** The key field text that verifies a fixture token: the secret for HMAC, the public JWK otherwise. */
const keyFor = (name: KeyName) => keyText(name, name.startsWith('hs') ? 'secret' : 'jwk');

const JWE = [
	part({ alg: 'RSA-OAEP-256', enc: 'A256GCM' }),
	'AAAA',
	'AAAAAAAAAAAAAAAA',
	'AAAA',
	'AAAA'
];
const UNSECURED = `${part({ alg: 'none', typ: 'JWT' })}.${part(CLAIMS)}.`;
const STATUSES = ['pass', 'warn', 'fail', 'skip', 'info'];

/**
 * What a report for an input must say: its verdict, the code of each failed row (in checklist order), the
 * signature row's code, and the codes the editor underlines (each once, sorted). Every row asserts all four, so
 * no row can pass with an implementation that drops failures, underlines or the signature check.
 */
interface Expected {
	verdict: Verdict;
	failing: CheckCode[];
	signature: CheckCode;
	underlined: string[];
}

const unreadable = (failing: CheckCode, underlined: string[]): Expected => ({
	verdict: 'invalid',
	failing: [failing],
	signature: 'signature.no-key',
	underlined
});
const decodedOnly = (signature: CheckCode): Expected => ({
	verdict: 'unverified',
	failing: [],
	signature,
	underlined: []
});

const INPUTS: Array<[string, { token: string; key?: string }, Expected]> = [
	['an empty token', { token: '' }, decodedOnly('signature.no-token')],
	['whitespace only', { token: ' \n\t ' }, decodedOnly('signature.no-token')],
	[
		'garbage',
		{ token: 'not a token at all' },
		unreadable('structure.segments', [
			'b64.alphabet',
			'b64.trailing-bits',
			'structure.header-json',
			'structure.header-utf8',
			'structure.segments'
		])
	],
	['dots only', { token: '..' }, unreadable('structure.header-empty', ['structure.header-empty'])],
	[
		'two segments',
		{ token: TOKENS.hs256!.replace(/\.[^.]*$/, '') },
		unreadable('structure.segments', ['structure.segments'])
	],
	[
		'four segments',
		{ token: `${TOKENS.hs256}.AAAA` },
		unreadable('structure.segments', ['structure.segments'])
	],
	[
		'bad base64url',
		{ token: 'ab$c.de*f.gh' },
		unreadable('b64.alphabet', [
			'b64.alphabet',
			'b64.trailing-bits',
			'structure.header-json',
			'structure.header-utf8'
		])
	],
	[
		'a PEM key pasted as the token',
		{ token: keyText('rs256', 'pem') },
		unreadable('structure.pem-not-token', ['structure.pem-not-token'])
	],
	['a JWE', { token: JWE.join('.') }, decodedOnly('signature.jwe')],
	[
		'an unsecured token (alg none)',
		{ token: UNSECURED },
		{
			verdict: 'invalid',
			failing: ['algorithm.none', 'signature.unsecured'],
			signature: 'signature.unsecured',
			underlined: []
		}
	],
	[
		'an unsecured token with a key',
		{ token: UNSECURED, key: keyFor('hs256') },
		{
			verdict: 'invalid',
			failing: ['algorithm.none', 'signature.unsecured'],
			signature: 'signature.unsecured',
			underlined: []
		}
	],
	[
		'a plain JWS (text payload)',
		{ token: signWith('hs256', { alg: 'HS256' }, 'hello') },
		decodedOnly('signature.no-key')
	],
	[
		'garbage with a garbage key',
		{ token: 'a.b.c', key: '{"kty":' },
		{
			verdict: 'invalid',
			failing: ['b64.length', 'key.json-syntax'],
			signature: 'signature.no-key',
			underlined: ['b64.length', 'structure.header-json']
		}
	],
	[
		'members named __proto__ in header and claims',
		{
			token: signWith(
				'hs256',
				'{"alg":"HS256","__proto__":{"typ":"JWT"}}',
				'{"__proto__":{"admin":true},"sub":"x"}'
			),
			key: keyText('hs256', 'secret')
		},
		// Verified, and read as members like any other: the expected audience and issuer are simply missing.
		{
			verdict: 'invalid',
			failing: ['aud.missing', 'iss.missing'],
			signature: 'signature.verified',
			underlined: []
		}
	],
	...NAMES.map((name): [string, { token: string }, Expected] => [
		`${name} without a key`,
		{ token: TOKENS[name]! },
		decodedOnly('signature.no-key')
	]),
	...NAMES.map((name): [string, { token: string; key: string }, Expected] => [
		`${name} with its key`,
		{ token: TOKENS[name]!, key: keyFor(name) },
		{ verdict: 'valid', failing: [], signature: 'signature.verified', underlined: [] }
	]),
	...NAMES.map((name): [string, { token: string; key: string }, Expected] => [
		`${name} with another algorithm's key`,
		{ token: TOKENS[name]!, key: keyFor(name === 'eddsa' ? 'es256' : 'eddsa') },
		{
			verdict: 'invalid',
			// RFC 8725 §3.1: an HMAC token with a public key is the confusion attack, not a mere mismatch.
			failing: [
				name.startsWith('hs') ? 'algorithm.confusion' : 'algorithm.key-mismatch',
				'key.type-mismatch'
			],
			signature: 'signature.no-usable-key',
			underlined: []
		}
	])
];

/** True when a value is made of what structured clone copies as it is: primitives, arrays, plain objects. */
function assertPlainData(value: unknown, path = 'report'): void {
	if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
	expect(typeof value, path).toBe('object');
	if (Array.isArray(value)) {
		value.forEach((item, i) => assertPlainData(item, `${path}[${i}]`));
		return;
	}
	const proto = Object.getPrototypeOf(value);
	expect(proto === Object.prototype || proto === null, `${path} is a plain object`).toBe(true);
	for (const [key, item] of Object.entries(value as object))
		assertPlainData(item, `${path}.${key}`);
}

describe('the report', () => {
	it('uses the check IDs of the page contract, in its order', () => {
		// Copied from shared/page-contract.md: the list the page and its tests rely on.
		expect(CHECK_IDS).toEqual([
			'structure',
			// Issue 19: a JWE decrypted with the user's key, or why not, right after structure.
			'decryption',
			'algorithm',
			'key',
			'signature',
			'exp',
			'nbf',
			'iat',
			'aud',
			'iss',
			'scope',
			// Issue 16: the Expected subject's check (CI workload identities), after scope so that scope keeps
			// its contract place right after iss.
			'sub',
			'typ',
			'token-use',
			'secret-strength',
			'lifetime',
			// Issue 17: the Authorization header the token makes, against common server limits.
			'size',
			'header-keys',
			'crit',
			'revocation'
		]);
	});

	describe.each(INPUTS)('for %s', (_, input, expected) => {
		it('has the verdict, failures, signature row and underlines the input calls for', async () => {
			const report = await inspectAt(input);
			expect(report.verdict).toBe(expected.verdict);
			expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.code)).toEqual(
				expected.failing
			);
			expect(row(report, 'signature').code).toBe(expected.signature);
			expect([...new Set(report.diagnostics.map((d) => d.code))].sort()).toEqual(
				expected.underlined
			);
		});

		it('has exactly the contract checks, in the contract order, each with a title and detail', async () => {
			const report = await inspectAt(input);
			expect(report.checks.map((c) => c.id)).toEqual([...CHECK_IDS]);
			for (const check of report.checks) {
				expect(check.title.trim(), check.id).not.toBe('');
				expect(check.detail.trim(), check.id).not.toBe('');
				expect(check.code, check.id).toMatch(/^[a-z0-9-]+\.[a-z0-9.-]+$/);
				expect(STATUSES, check.id).toContain(check.status);
			}
		});

		it('is plain data that survives structuredClone unchanged (it crosses a Web Worker boundary)', async () => {
			const report = await inspectAt(input);
			assertPlainData(report);
			expect(structuredClone(report)).toStrictEqual(report);
		});

		it('lists every spanned finding of every check in diagnostics, within the pasted text', async () => {
			const report = await inspectAt(input);
			for (const check of report.checks)
				for (const finding of check.findings ?? [])
					if (finding.span) expect(report.diagnostics).toContainEqual(finding);
			for (const { span } of report.diagnostics) {
				expect(span!.from).toBeGreaterThanOrEqual(0);
				expect(span!.to).toBeGreaterThanOrEqual(span!.from);
				expect(span!.to).toBeLessThanOrEqual(input.token.length);
			}
		});
	});

	it('carries the spans of structure findings into diagnostics, one per fault', async () => {
		const report = await inspectAt({ token: 'ab$c.de*f.gh' });
		const structure = row(report, 'structure');
		expect(structure.status).toBe('fail');
		const spanned = (structure.findings ?? []).filter((f) => f.span);
		expect(spanned.length).toBeGreaterThan(1);
		expect(report.diagnostics.filter((d) => d.code.startsWith('b64.'))).toEqual(
			spanned.filter((f) => f.code.startsWith('b64.'))
		);
		// The "$" at offset 2 and the "*" at offset 7 of the pasted text are underlined where they are.
		expect(report.diagnostics).toContainEqual(
			expect.objectContaining({ code: 'b64.alphabet', span: { from: 2, to: 3 } })
		);
		expect(report.diagnostics).toContainEqual(
			expect.objectContaining({ code: 'b64.alphabet', span: { from: 7, to: 8 } })
		);
	});

	it('records the evaluation time and the leeway it used', async () => {
		const report = await inspectAt({ token: TOKENS.hs256!, leewaySeconds: 30 });
		expect(report.evaluatedAt).toBe(NOW.toISOString());
		expect(report.leewaySeconds).toBe(30);
	});

	it.each([-5, Number.NaN, Number.POSITIVE_INFINITY, undefined])(
		'treats a leeway of %s as none',
		async (leewaySeconds) => {
			const report = await inspectAt({ token: TOKENS.hs256!, leewaySeconds });
			expect(report.leewaySeconds).toBe(0);
		}
	);
});

describe('the verdict', () => {
	const HS = keyFor('hs256');

	it.each(NAMES)('is valid for the %s fixture token with its key', async (name) => {
		const report = await inspectAt({ token: TOKENS[name]!, key: keyFor(name) });
		expect(row(report, 'signature')).toMatchObject({ status: 'pass', code: 'signature.verified' });
		expect(report.checks.filter((c) => c.status === 'fail')).toEqual([]);
		expect(report.verdict).toBe('valid');
	});

	it.each(NAMES)('is unverified for the %s fixture token without a key', async (name) => {
		const report = await inspectAt({ token: TOKENS[name]! });
		expect(row(report, 'signature').status).toBe('skip');
		expect(report.verdict).toBe('unverified');
	});

	it.each<[string, () => { token: string; key?: string }, CheckId]>([
		[
			'the signature does not verify',
			() => ({ token: TOKENS.hs256!, key: 'another secret of enough length!!' }),
			'signature'
		],
		[
			'the token expired, even with a verified signature',
			() => ({ token: mint('hs256', { exp: NOW_SECONDS - 60 }), key: HS }),
			'exp'
		],
		[
			'the token expired and no key was given',
			() => ({ token: mint('hs256', { exp: NOW_SECONDS - 60 }) }),
			'exp'
		],
		[
			'the audience is wrong',
			() => ({ token: mint('hs256', { aud: 'api://billing' }), key: HS }),
			'aud'
		],
		['the token is unsecured', () => ({ token: UNSECURED }), 'signature'],
		['the structure is broken', () => ({ token: 'a.b' }), 'structure']
	])('is invalid when %s', async (_, input, failing) => {
		const report = await inspectAt(input());
		expect(row(report, failing).status).toBe('fail');
		expect(report.verdict).toBe('invalid');
	});

	it('is never invalid because of a warning: a long lifetime with a verified signature is valid', async () => {
		const token = mint('hs256', { exp: NOW_SECONDS + 400 * 24 * 3600 });
		const report = await inspectAt({ token, key: HS });
		expect(row(report, 'lifetime')).toMatchObject({ status: 'warn', code: 'lifetime.long' });
		expect(report.verdict).toBe('valid');
	});

	it('is unverified, not invalid, for a token with only warnings and no key', async () => {
		const report = await inspectAt({ token: mint('hs256', { exp: undefined }) });
		expect(row(report, 'lifetime')).toMatchObject({ status: 'warn', code: 'lifetime.no-exp' });
		expect(report.checks.some((c) => c.status === 'fail')).toBe(false);
		expect(report.verdict).toBe('unverified');
	});

	it('is not valid when the token verifies only with a key it carries in its own header', async () => {
		const jwk = JSON.parse(keyText('es256')) as Record<string, unknown>;
		const token = signWith('es256', { alg: 'ES256', typ: 'JWT', jwk }, CLAIMS);
		const report = await inspectAt({ token });
		expect(report.verdict).not.toBe('valid');
	});

	describe('verdictOf', () => {
		const checks = (statuses: Partial<Record<CheckId, CheckResult['status']>>): CheckResult[] =>
			// Each row with a code its check declares; which one does not matter to the verdict, except for iss.
			CHECKS.map(({ id, codes }) => ({
				id,
				status: statuses[id] ?? 'pass',
				code: codes[0]!,
				title: id,
				detail: id
			}));
		let verified: Verification;
		let notVerified: Verification;
		beforeAll(async () => {
			// Real attempts: one where the supplied secret verified, one where no key was supplied.
			verified = await verifySignature(parseToken(TOKENS.hs256!), readKey(keyFor('hs256')));
			notVerified = await verifySignature(parseToken(TOKENS.hs256!), readKey(''));
			expect(verified.verifiedBy).toBeDefined();
		});

		it.each<[string, Partial<Record<CheckId, CheckResult['status']>>, boolean, string]>([
			['all pass with a supplied key', {}, true, 'valid'],
			['warnings with a supplied key', { lifetime: 'warn', typ: 'warn' }, true, 'valid'],
			['info and skips with a supplied key', { crit: 'skip', typ: 'info' }, true, 'valid'],
			['one fail with a supplied key', { aud: 'fail' }, true, 'invalid'],
			['a signature pass no supplied key made', {}, false, 'unverified'],
			['a skipped signature', { signature: 'skip' }, false, 'unverified'],
			['a skipped signature and a fail', { signature: 'skip', exp: 'fail' }, false, 'invalid'],
			[
				'a verified key but a signature row that is not pass',
				{ signature: 'warn' },
				true,
				'unverified'
			]
		])('%s → %s', (_, statuses, keyVerified, verdict) => {
			expect(verdictOf(checks(statuses), keyVerified ? verified : notVerified)).toBe(verdict);
		});

		it.each(['iss.key-from-token-issuer', 'iss.key-from-other-issuer'] as const)(
			'a verified signature with keys the user did not name (%s) → unverified',
			(code) => {
				const rows = checks({ iss: 'warn' }).map((c) => (c.id === 'iss' ? { ...c, code } : c));
				expect(verdictOf(rows, verified)).toBe('unverified');
			}
		);
	});
});

describe('report every problem', () => {
	it('shows both the exp and the aud failure of an expired token for another audience', async () => {
		const token = mint('hs256', { exp: NOW_SECONDS - 3600, aud: 'api://billing' });
		const report = await inspectAt({ token, key: keyFor('hs256') });
		expect(row(report, 'exp')).toMatchObject({ status: 'fail', code: 'exp.expired' });
		expect(row(report, 'aud')).toMatchObject({ status: 'fail', code: 'aud.mismatch' });
		expect(row(report, 'signature').status).toBe('pass');
		expect(report.verdict).toBe('invalid');
	});

	it('shows exp, nbf, aud and iss failures at once', async () => {
		const token = mint('hs256', {
			exp: NOW_SECONDS - 3600,
			nbf: NOW_SECONDS + 3600,
			aud: 'api://billing',
			iss: 'https://other.example'
		});
		const report = await inspectAt({ token, key: keyFor('hs256') });
		for (const id of ['exp', 'nbf', 'aud', 'iss'] as const)
			expect(row(report, id).status).toBe('fail');
	});
});

describe('time is an input', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.restoreAllMocks();
	});

	const CASES: Array<{ token: string; key?: string }> = [
		{ token: TOKENS.rs256!, key: keyText('rs256', 'certificate') },
		{ token: TOKENS.es256!, key: keyText('es256', 'certificate') },
		{ token: TOKENS.hs256!, key: keyFor('hs256') },
		{ token: mint('hs256', { exp: NOW_SECONDS - 10 }) },
		{ token: mint('hs256', { iat: NOW_SECONDS + 10_000, nbf: undefined }) }
	];

	it('never reads the clock: the report depends only on input.now', async () => {
		const reference = await Promise.all(CASES.map((input) => inspectAt(input)));
		for (const systemTime of ['1971-03-01T00:00:00Z', '2099-12-31T23:59:59Z']) {
			vi.useFakeTimers({ toFake: ['Date'] });
			vi.setSystemTime(new Date(systemTime));
			const nowSpy = vi.spyOn(Date, 'now');
			const reports = await Promise.all(CASES.map((input) => inspectAt(input)));
			expect(nowSpy).not.toHaveBeenCalled();
			expect(reports).toStrictEqual(reference);
			vi.useRealTimers();
			vi.restoreAllMocks();
		}
		expect(reference[2]!.verdict).toBe('valid');
	});

	it('judges the same token differently for a different input.now', async () => {
		const later = new Date((NOW_SECONDS + 2 * 3600) * 1000);
		const report = await inspect({ token: TOKENS.hs256!, key: keyFor('hs256'), now: later });
		expect(row(report, 'exp').code).toBe('exp.expired');
		expect(report.evaluatedAt).toBe(later.toISOString());
	});

	it('throws a TypeError for an invalid now: a programming error, not user input', async () => {
		await expect(inspect({ token: TOKENS.hs256!, now: new Date(Number.NaN) })).rejects.toThrow(
			TypeError
		);
		await expect(inspect({ token: '', now: new Date('not a date') })).rejects.toThrow(TypeError);
	});
});

describe('the cached key view', () => {
	it('is shared by reports of the same key input, and frozen so no report can change another', async () => {
		const key = keyText('rs256', 'jwks');
		const first = await inspectAt({ token: TOKENS.rs256!, key });
		const second = await inspectAt({ token: TOKENS.rs256!, key });
		expect(second.key).toBe(first.key);
		expect(Object.isFrozen(first.key)).toBe(true);
		expect(Object.isFrozen(first.key.keys[0])).toBe(true);
		expect(() =>
			first.key.findings.push({ code: 'key.too-large', severity: 'info', message: 'x' })
		).toThrow(TypeError);
	});
});
