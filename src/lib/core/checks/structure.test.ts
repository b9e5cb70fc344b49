import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CLAIMS, inspectAt, keyText, part, row, signWith, TOKENS } from '$lib/testing/fixtures';
import { MAX_JSON_DEPTH } from '../token/json';
import type { Report, Span } from '../types';

const TOKEN = TOKENS.hs256!;
const [H, P, S] = TOKEN.split('.') as [string, string, string];
const SECRET = keyText('hs256', 'secret');

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const raw = (...pieces: Array<string | number[]>) =>
	new Uint8Array(
		Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))
	);

// How users paste tokens from logs and terminals: after the header name and scheme, broken over indented
// CRLF lines. Spans must point into this text, not into the token the normaliser recovers from it.
const BREAK = '\r\n    ';
function asPasted(token: string): string {
	return `Authorization: Bearer ${token.slice(0, 3)}${BREAK}${token.slice(3, -3)}${BREAK}${token.slice(-3)}\n`;
}

/** The pasted text a span underlines, line breaks taken out; it must start and end on token text. */
function underlined(pasted: string, span: Span | undefined): string {
	expect(span).toBeDefined();
	const text = pasted.slice(span!.from, span!.to);
	if (text.trim() !== '') expect(text).toBe(text.trim());
	return text.split(BREAK).join('');
}

/** The base64url characters whose six bits overlap bytes [from, to) of what the segment encodes. */
function carriers(segment: string, from: number, to: number): string {
	return segment.slice(Math.floor((from * 8) / 6), Math.ceil((to * 8) / 6));
}

async function structureOf(token: string): Promise<{ pasted: string; report: Report }> {
	const pasted = asPasted(token);
	return { pasted, report: await inspectAt({ token: pasted }) };
}

/** A token with this raw JSON as its header, and the characters that carry `bad` (its last occurrence). */
function inHeader(json: string, bad: string, at = json.lastIndexOf(bad)): [string, string] {
	const header = part(json);
	return [`${header}.${P}.${S}`, carriers(header, at, at + bad.length)];
}

/** A token with this raw JSON as its claims, and the characters that carry `bad` (its last occurrence). */
function inClaims(json: string, bad: string, at = json.lastIndexOf(bad)): [string, string] {
	const claims = part(json);
	return [`${H}.${claims}.${S}`, carriers(claims, at, at + bad.length)];
}

const BAD_HEADER = b64(raw('{"alg":"HS256","kid":"', [0xff], '"}'));
const BAD_CLAIMS = b64(raw('{"sub":"', [0xc3, 0x28], '"}'));
// Arrays nested one level deeper than allowed inside an object (which is itself a level): the bracket that
// opens level MAX_JSON_DEPTH + 1 is the one to underline.
const TOO_DEEP = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
const tooDeepAt = (json: string) => json.indexOf('[') + MAX_JSON_DEPTH - 1;

describe('structure check', () => {
	describe('faults, each underlined in the pasted text', () => {
		// [what, the token, the text its span must underline, the code]
		it.each<[string, string, string, string]>([
			['a token with no dots', H, H, 'structure.segments'],
			['a token with two parts', `${H}.${P}`, `${H}.${P}`, 'structure.segments'],
			['a token with four parts', `${TOKEN}.${S}`, `${TOKEN}.${S}`, 'structure.segments'],
			[
				'two tokens joined (six parts)',
				`${TOKEN}.${TOKEN}`,
				`${TOKEN}.${TOKEN}`,
				'structure.segments'
			],
			[
				'a space inside the token',
				`${H}.${P.slice(0, 20)} ${P.slice(20)}.${S}`,
				' ',
				'b64.alphabet'
			],
			['a "?" inside the token', `${H}.${P.slice(0, 20)}?${P.slice(20)}.${S}`, '?', 'b64.alphabet'],
			['a "#" after the token', `${TOKEN}#state`, '#', 'b64.alphabet'],
			[
				'a standard-base64 "+"',
				// Beside the token's own "_": a "+" among base64url is a changed character, never repaired.
				`${H}.${P}.${S.slice(0, 12)}+${S.slice(13)}`,
				'+',
				'b64.standard-alphabet'
			],
			[
				'a standard-base64 "/"',
				`${H}.${P.slice(0, 30)}/${P.slice(31)}.${S}`,
				'/',
				'b64.standard-alphabet'
			],
			// One or two "=" ending a part are repaired (input/repair.ts); more are no base64 padding.
			['"=" padding', `${TOKEN}===`, '===', 'b64.padding'],
			['an impossible length (4n + 1 characters)', `${H}.${P}.${S}AB`, `${S}AB`, 'b64.length'],
			[
				'non-zero unused bits in the last character',
				`${H}.${P}.${S.slice(0, -1)}J`,
				'J',
				'b64.trailing-bits'
			],
			[
				'invalid UTF-8 in the header',
				`${BAD_HEADER}.${P}.${S}`,
				carriers(BAD_HEADER, 22, 23),
				'structure.header-utf8'
			],
			[
				'invalid UTF-8 in the claims',
				`${H}.${BAD_CLAIMS}.${S}`,
				carriers(BAD_CLAIMS, 8, 9),
				'structure.payload-utf8'
			],
			[
				'a header that is a JSON array',
				...inHeader('[{"alg":"HS256"}]', '[{"alg":"HS256"}]'),
				'structure.header-not-object'
			],
			['a header that is a JSON number', ...inHeader('42', '42'), 'structure.header-not-object'],
			['a header that ends too early', ...inHeader('{"alg":"HS256"', '"'), 'structure.header-json'],
			['an empty header', `.${P}.${S}`, '', 'structure.header-empty'],
			['claims with a trailing comma', ...inClaims('{"sub":"x",}', '}'), 'structure.claims-json'],
			[
				'a header nested too deep',
				...inHeader(
					`{"alg":"HS256","x":${TOO_DEEP}}`,
					'[',
					tooDeepAt(`{"alg":"HS256","x":${TOO_DEEP}}`)
				),
				'structure.header-too-deep'
			],
			[
				'claims nested too deep',
				...inClaims(`{"a":${TOO_DEEP}}`, '[', tooDeepAt(`{"a":${TOO_DEEP}}`)),
				'structure.claims-too-deep'
			],
			[
				'a header member named twice',
				...inHeader('{"alg":"HS256","typ":"JWT","alg":"none"}', '"alg"'),
				'structure.duplicate-name'
			],
			[
				'a claim named twice',
				...inClaims('{"sub":"a","exp":1,"exp":2}', '"exp"'),
				'structure.duplicate-name'
			],
			[
				'a number beyond a double',
				...inClaims('{"sub":"a","exp":1e400}', '1e400'),
				'structure.non-finite-number'
			],
			[
				'five parts without "enc"',
				`${part({ alg: 'RSA-OAEP' })}.${P}.${S}.${S}.${S}`,
				part({ alg: 'RSA-OAEP' }),
				'structure.jwe-without-enc'
			],
			[
				'"enc" in a three-part token',
				`${part({ alg: 'HS256', enc: 'A256GCM' })}.${P}.${S}`,
				`${part({ alg: 'HS256', enc: 'A256GCM' })}.${P}.${S}`,
				'structure.jwe-parts'
			],
			[
				'typ JWT over a payload that is not an object',
				signWith('hs256', { alg: 'HS256', typ: 'JWT' }, 'hello'),
				part('hello'),
				'structure.payload-not-object'
			]
		])('fails %s', async (_, token, offending, code) => {
			const { pasted, report } = await structureOf(token);
			const structure = row(report, 'structure');
			expect(structure).toMatchObject({ status: 'fail', code });
			expect(underlined(pasted, structure.span)).toBe(offending);
			const finding = structure.findings?.find((f) => f.code === code);
			expect(finding?.span).toEqual(structure.span);
			expect(report.diagnostics).toContainEqual(finding);
			expect(report.verdict).toBe('invalid');
		});

		it('places the empty header at the start of the token, before its first dot', async () => {
			const { pasted, report } = await structureOf(`.${P}.${S}`);
			const span = row(report, 'structure').span!;
			expect(span.from).toBe(span.to);
			expect(pasted[span.from]).toBe('.');
			expect(pasted.slice(0, span.from)).toBe('Authorization: Bearer ');
		});

		it('lists every fault, not only the first', async () => {
			const token = `${H}.${P.slice(0, 10)}?${P.slice(10)}.${S}==`;
			const { pasted, report } = await structureOf(token);
			const findings = row(report, 'structure').findings ?? [];
			expect(findings.map((f) => [f.code, underlined(pasted, f.span)])).toEqual([
				['b64.alphabet', '?'],
				['b64.padding', '==']
			]);
		});

		it('reports invalid UTF-8 and still shows the header, decoded leniently', async () => {
			const { report } = await structureOf(`${BAD_HEADER}.${P}.${S}`);
			expect(report.token.header).toEqual({ alg: 'HS256', kid: '\uFFFD' });
		});

		it('reports a number beyond a double and reads the claim as Infinity, which exp fails', async () => {
			const { report } = await structureOf(
				signWith('hs256', { alg: 'HS256' }, '{"sub":"a","exp":1e400}')
			);
			expect(report.token.claims?.exp).toBe(Infinity);
			expect(row(report, 'structure').code).toBe('structure.non-finite-number');
			expect(row(report, 'exp')).toMatchObject({ status: 'fail', code: 'exp.not-number' });
		});

		it('explains a repeated member as a rule that parsers meet by rejecting or keeping the last', async () => {
			const { report } = await structureOf(
				`${part('{"alg":"HS256","typ":"JWT","alg":"none"}')}.${P}.${S}`
			);
			const structure = row(report, 'structure');
			expect(structure).toMatchObject({ status: 'fail', code: 'structure.duplicate-name' });
			expect(structure.detail).toContain('Member names must be unique');
			expect(structure.detail).toContain('keep the last value');
			expect(structure.fix).toContain('keep the last value');
			for (const text of [structure.detail, structure.fix]) {
				expect(text).not.toMatch(/require[sd]? reject|must reject/);
			}
		});

		it('keeps the last of two header members, as JSON.parse would, while failing the token', async () => {
			const { report } = await structureOf(
				`${part('{"alg":"HS256","typ":"JWT","alg":"none"}')}.${P}.${S}`
			);
			expect(report.token.header?.alg).toBe('none');
			expect(row(report, 'structure').status).toBe('fail');
		});
	});

	describe('things pasted in place of a token', () => {
		it.each([
			['a PEM public key', keyText('rs256', 'pem'), 'structure.pem-not-token'],
			['a PEM certificate', keyText('rs256', 'certificate'), 'structure.pem-not-token'],
			['a JWK', keyText('rs256', 'jwk'), 'structure.key-not-token'],
			['a JWKS', keyText('es256', 'jwks'), 'structure.key-not-token'],
			[
				'an SSH public key',
				'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE user@host',
				'structure.key-not-token'
			],
			[
				'a flattened JWS JSON serialization',
				JSON.stringify({ protected: H, payload: P, signature: S }, null, 2),
				'structure.json-serialization'
			],
			[
				'a general JWS JSON serialization',
				JSON.stringify({ payload: P, signatures: [{ protected: H, signature: S }] }),
				'structure.json-serialization'
			],
			[
				// A response holding a token string has it taken out (input/locate.test.ts); one without is named.
				'a token response with no token string in it',
				JSON.stringify({ access_token: null, token_type: 'Bearer', expires_in: 3600 }, null, 2),
				'structure.token-response'
			]
		])('recognises %s', async (_, text, code) => {
			const pasted = `\n  ${text}\n`;
			const report = await inspectAt({ token: pasted });
			const structure = row(report, 'structure');
			expect(structure).toMatchObject({ status: 'fail', code });
			expect(structure.span).toEqual({ from: 3, to: pasted.trimEnd().length });
			expect(report.token.kind).toBe('malformed');
			expect(row(report, 'exp')).toMatchObject({ status: 'skip', code: 'exp.no-claims' });
		});

		it('names a JWE JSON serialization as a JWE, not a JWS', async () => {
			const jwe = JSON.stringify({
				protected: part({ enc: 'A256GCM' }),
				encrypted_key: 'a',
				iv: 'b',
				ciphertext: 'c',
				tag: 'd'
			});
			const structure = row(await inspectAt({ token: jwe }), 'structure');
			expect(structure.code).toBe('structure.json-serialization');
			expect(structure.detail).toContain('RFC 7516');
		});
	});

	describe('what passes', () => {
		it.each(['', '   ', '\n\t\n', '""'])('skips an empty token (%j)', async (token) => {
			const report = await inspectAt({ token });
			expect(row(report, 'structure')).toMatchObject({ status: 'skip', code: 'structure.empty' });
			expect(report.token.kind).toBe('empty');
			expect(report.verdict).toBe('unverified');
		});

		it('passes a JWT pasted with a prefix and line breaks, and names what was removed', async () => {
			const { report } = await structureOf(TOKEN);
			expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.jwt' });
			expect(report.token.normalized).toBe(TOKEN);
			expect(report.token.removed.map((r) => r.kind)).toEqual([
				'whitespace',
				'prefix',
				'line-breaks'
			]);
		});

		it('passes a compact JWE, shows its header, skips the claim checks and is never valid', async () => {
			const header = { alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'rsa-1' };
			const jwe = [
				part(header),
				part('k'.repeat(32)),
				part('iv-iv-iv-iv'),
				part('secret'),
				part('tag')
			].join('.');
			const report = await inspectAt({ token: asPasted(jwe), key: keyText('rs256', 'jwk') });
			expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.jwe' });
			expect(report.token.kind).toBe('jwe');
			expect(report.token.header).toEqual(header);
			expect(report.token.segments.map((s) => s.name)).toEqual([
				'header',
				'encrypted_key',
				'iv',
				'ciphertext',
				'tag'
			]);
			for (const id of ['exp', 'nbf', 'iat', 'aud', 'iss', 'lifetime'] as const) {
				expect(row(report, id)).toMatchObject({ status: 'skip', code: `${id}.encrypted` });
			}
			expect(report.verdict).not.toBe('valid');
		});

		it('passes a JWE with an empty encrypted key (direct encryption)', async () => {
			const jwe = `${part({ alg: 'dir', enc: 'A128GCM' })}..${part('iv')}.${part('c')}.${part('t')}`;
			expect(row(await inspectAt({ token: jwe }), 'structure').code).toBe('structure.jwe');
		});

		it('passes an unsecured JWT (alg "none") as a structure, which the other checks then fail', async () => {
			const token = `${part({ alg: 'none' })}.${part(CLAIMS)}.`;
			const report = await inspectAt({ token });
			expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.jwt' });
			expect(report.token.kind).toBe('unsecured');
			expect(row(report, 'exp').status).toBe('pass');
			expect(report.verdict).toBe('invalid');
		});

		it('passes a plain JWS over text: claim checks skip, and it is valid with its key', async () => {
			const token = signWith('hs256', { alg: 'HS256' }, 'Hello, world');
			const report = await inspectAt({ token, key: SECRET });
			expect(row(report, 'structure')).toMatchObject({
				status: 'pass',
				code: 'structure.plain-jws'
			});
			expect(report.token).toMatchObject({ payloadKind: 'text', payloadText: 'Hello, world' });
			for (const id of ['exp', 'nbf', 'iat', 'aud', 'iss', 'lifetime'] as const) {
				expect(row(report, id)).toMatchObject({ status: 'skip', code: `${id}.no-claims` });
			}
			expect(report.verdict).toBe('valid');
		});

		it('passes a plain JWS over binary data, valid with its key', async () => {
			const header = part({ alg: 'HS256' });
			const payload = b64(new Uint8Array([0xff, 0x00, 0x80, 0xfe]));
			const mac = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest();
			const report = await inspectAt({ token: `${header}.${payload}.${b64(mac)}`, key: SECRET });
			expect(row(report, 'structure').code).toBe('structure.plain-jws');
			expect(report.token).toMatchObject({ payloadKind: 'binary', payloadBytes: 4 });
			expect(report.verdict).toBe('valid');
		});

		it('passes a plain JWS over JSON that is not an object', async () => {
			const report = await inspectAt({ token: signWith('hs256', { alg: 'HS256' }, [1, 2, 3]) });
			expect(row(report, 'structure').code).toBe('structure.plain-jws');
			expect(report.token.payloadKind).toBe('json');
		});

		it.each([
			['ASCII', 'abcde'],
			['accented letters, two bytes each', 'ééééé'],
			['an emoji, four bytes', '😀']
		])('gives the header size in bytes for a header with %s', async (_, kid) => {
			const header = { alg: 'HS256', kid };
			const report = await inspectAt({ token: signWith('hs256', header, CLAIMS) });
			expect(row(report, 'structure').detail).toContain(
				`header ${Buffer.byteLength(JSON.stringify(header))} bytes,`
			);
		});

		it('gives the size in bytes of an unencoded ("b64": false) payload', async () => {
			const header = part({ alg: 'HS256', b64: false, crit: ['b64'] });
			const payload = 'prix: 5 €';
			const mac = createHmac('sha256', SECRET).update(`${header}.${payload}`).digest();
			const report = await inspectAt({ token: `${header}.${payload}.${b64(mac)}` });
			expect(row(report, 'structure')).toMatchObject({ code: 'structure.plain-jws' });
			expect(row(report, 'structure').detail).toContain(
				`payload ${Buffer.byteLength(payload)} bytes,`
			);
		});

		it.each(Object.keys(TOKENS))('passes the %s fixture token', async (name) => {
			const report = await inspectAt({ token: TOKENS[name]! });
			expect(row(report, 'structure')).toMatchObject({ status: 'pass', code: 'structure.jwt' });
		});
	});
});
