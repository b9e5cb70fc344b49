import { describe, expect, it } from 'vitest';
import { CLAIMS, part, signWith, TOKENS } from '$lib/testing/fixtures';
import { parseToken } from './parse';

const TOKEN = TOKENS.es256!;
const [H, P, S] = TOKEN.split('.') as [string, string, string];
const b64 = (bytes: Uint8Array | number[]) => Buffer.from(bytes).toString('base64url');

/** The base64url characters whose six bits overlap bytes [from, to) of what the segment encodes. */
function carriers(segment: string, from: number, to: number): string {
	return segment.slice(Math.floor((from * 8) / 6), Math.ceil((to * 8) / 6));
}

describe('parseToken', () => {
	it('reads a compact JWS into header, claims, signature and segments', () => {
		const parsed = parseToken(TOKEN);
		expect(parsed.faults).toEqual([]);
		expect(parsed.view).toMatchObject({
			kind: 'jws',
			normalized: TOKEN,
			payloadKind: 'claims',
			claims: CLAIMS,
			payloadText: Buffer.from(P, 'base64url').toString(),
			payloadBytes: Buffer.from(P, 'base64url').length,
			signatureBytes: 64
		});
		expect(parsed.header).toEqual(JSON.parse(Buffer.from(H, 'base64url').toString()));
		expect(parsed.view.headerJson).toBe(Buffer.from(H, 'base64url').toString());
		expect(parsed.view.segments).toEqual([
			{ name: 'header', span: { from: 0, to: H.length }, length: H.length },
			{
				name: 'payload',
				span: { from: H.length + 1, to: H.length + 1 + P.length },
				length: P.length
			},
			{
				name: 'signature',
				span: { from: TOKEN.length - S.length, to: TOKEN.length },
				length: S.length
			}
		]);
		expect(parsed.compact).toBe(TOKEN);
		expect(parsed.signature).toEqual(new Uint8Array(Buffer.from(S, 'base64url')));
		expect(parsed.verifiable).toBe(true);
	});

	it('places the segments in the pasted text, not in the normalised token', () => {
		const pasted = `Bearer ${H}.\n  ${P}.${S}`;
		const { view } = parseToken(pasted);
		for (const [segment, text] of [
			[view.segments[0]!, H],
			[view.segments[1]!, P],
			[view.segments[2]!, S]
		] as const) {
			expect(pasted.slice(segment.span.from, segment.span.to)).toBe(text);
		}
	});

	it.each([
		['nothing', '', 'empty'],
		['a JWS', TOKEN, 'jws'],
		['an unsecured JWT', `${part({ alg: 'none' })}.${part(CLAIMS)}.`, 'unsecured'],
		[
			'a compact JWE',
			`${part({ alg: 'dir', enc: 'A128GCM' })}..${part('iv')}.${part('c')}.${part('t')}`,
			'jwe'
		],
		['two parts', `${H}.${P}`, 'malformed'],
		['a PEM key', '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----', 'malformed']
	])('calls %s "%s"', (_, token, kind) => {
		expect(parseToken(token).view.kind).toBe(kind);
	});

	it('reads "alg": "none" in another case as a JWS, for the algorithm check to judge', () => {
		expect(parseToken(`${part({ alg: 'NONE' })}.${part(CLAIMS)}.`).view.kind).toBe('jws');
	});

	it.each([
		['a JSON object', CLAIMS, 'claims'],
		['a JSON array', [1, 2], 'json'],
		['a JSON string', '"text"', 'json'],
		['a JSON number', '42', 'json'],
		['plain text', 'Hello, world', 'text'],
		['text that starts like JSON but is not', '{ not json', 'text'],
		['an empty payload', '', 'text']
	])('tells a payload that is %s (%j) as "%s"', (_, payload, payloadKind) => {
		const parsed = parseToken(signWith('hs256', { alg: 'HS256' }, payload));
		expect(parsed.view.payloadKind).toBe(payloadKind);
		expect(parsed.claims !== undefined).toBe(payloadKind === 'claims');
	});

	it('tells binary data from text, and does not fault it in a plain JWS', () => {
		const parsed = parseToken(`${part({ alg: 'HS256' })}.${b64([0xff, 0xfe, 0x00])}.${S}`);
		expect(parsed.view).toMatchObject({ payloadKind: 'binary', payloadBytes: 3 });
		expect(parsed.faults).toEqual([]);
	});

	it('faults binary data where the header declares a JWT', () => {
		const parsed = parseToken(`${part({ alg: 'HS256', typ: 'JWT' })}.${b64([0xff, 0xfe])}.${S}`);
		expect(parsed.faults.map((f) => f.code)).toEqual([
			'structure.payload-utf8',
			'structure.payload-not-object'
		]);
	});

	it.each(['JWT', 'jwt', 'at+jwt', 'application/jwt', 'application/at+JWT'])(
		'expects a claims set when typ is %j',
		(typ) => {
			const parsed = parseToken(signWith('hs256', { alg: 'HS256', typ }, [1]));
			expect(parsed.faults.map((f) => f.code)).toEqual(['structure.payload-not-object']);
		}
	);

	it('leaves an unencoded payload ("b64": false, RFC 7797) as it is', () => {
		const parsed = parseToken(`${part({ alg: 'HS256', b64: false, crit: ['b64'] })}.$02.${S}`);
		expect(parsed.view).toMatchObject({ payloadKind: 'text', payloadText: '$02' });
		expect(parsed.faults).toEqual([]);
	});

	it('reads a payload with whitespace before its "{" as claims', () => {
		const parsed = parseToken(signWith('hs256', { alg: 'HS256' }, ' \n{"sub":"a"}'));
		expect(parsed.claims).toEqual({ sub: 'a' });
	});

	it('refuses claims with a byte order mark, which RFC 8259 §8.1 lets a parser reject', () => {
		const parsed = parseToken(signWith('hs256', { alg: 'HS256' }, '\uFEFF{"sub":"a"}'));
		expect(parsed.faults.map((f) => f.code)).toEqual(['structure.claims-json']);
		expect(parsed.view.payloadKind).toBe('text');
	});

	describe('sizes in bytes, not characters', () => {
		it.each([
			['ASCII', { alg: 'HS256', kid: 'abcde' }],
			['accented letters, two bytes each in UTF-8', { alg: 'HS256', kid: 'ééééé' }],
			['an emoji, four bytes in UTF-8', { alg: 'HS256', kid: '😀' }]
		])('records the decoded header size of a header with %s', (_, header) => {
			const parsed = parseToken(`${part(header)}.${P}.${S}`);
			expect(parsed.headerBytes).toBe(Buffer.byteLength(JSON.stringify(header)));
		});

		it.each([
			['$02', 3],
			['€5', 4],
			['héllo', 6]
		])('counts the unencoded payload %j ("b64": false) as %i bytes of UTF-8', (payload, bytes) => {
			const parsed = parseToken(
				`${part({ alg: 'HS256', b64: false, crit: ['b64'] })}.${payload}.${S}`
			);
			expect(parsed.view).toMatchObject({ payloadText: payload, payloadBytes: bytes });
		});
	});

	describe('wording', () => {
		it.each([
			['an array', '[1]'],
			['a number', '42'],
			['a string', '"x"'],
			['null', 'null'],
			['the boolean true', 'true']
		])('says a header that decodes to %s is not a JSON object', (words, json) => {
			const [fault] = parseToken(`${part(json)}.${P}.${S}`).faults;
			expect(fault?.message).toBe(
				`The header decodes to ${words}, not a JSON object (RFC 7515 §4).`
			);
		});

		it('calls broken claims "the claims set", in a grammatical sentence', () => {
			const [fault] = parseToken(signWith('hs256', { alg: 'HS256' }, '{"exp":1,')).faults;
			expect(fault?.code).toBe('structure.claims-json');
			expect(fault?.message).toMatch(/^The claims set is not valid JSON: /);
		});
	});

	describe('what a verifier may be given', () => {
		it.each([
			['a faulty header', `${H}=.${P}.${S}`],
			['a faulty payload', `${H}.${P}=.${S}`],
			['a faulty signature', `${H}.${P}.${S}=`],
			['a header with a repeated member', `${part('{"alg":"ES256","alg":"ES256"}')}.${P}.${S}`],
			['four parts', `${TOKEN}.${S}`],
			['a JWE', `${part({ alg: 'dir', enc: 'A128GCM' })}..${part('iv')}.${part('c')}.${part('t')}`]
		])('marks a token with %s as not verifiable', (_, token) => {
			expect(parseToken(token).verifiable).toBe(false);
		});
	});

	describe('spans of faults inside decoded bytes', () => {
		// Every alignment of a byte within its base64url group (offset mod 3) must be underlined exactly.
		it.each(Array.from({ length: 9 }, (_, n) => n))(
			'underlines a bad UTF-8 byte after %i extra characters',
			(n) => {
				const header = b64([
					...Buffer.from(`{"alg":"HS256","kid":"${'a'.repeat(n)}`),
					0xff,
					...Buffer.from('"}')
				]);
				const token = `${header}.${P}.${S}`;
				const fault = parseToken(token).faults.find((f) => f.code === 'structure.header-utf8');
				expect(token.slice(fault!.span!.from, fault!.span!.to)).toBe(
					carriers(header, 22 + n, 23 + n)
				);
			}
		);

		it.each(Array.from({ length: 9 }, (_, n) => n))(
			'underlines a repeated claim name after %i extra characters, inside the payload',
			(n) => {
				const json = `{"sub":"${'a'.repeat(n)}","exp":1,"exp":2}`;
				const payload = part(json);
				const token = `${H}.${payload}.${S}`;
				const fault = parseToken(token).faults.find((f) => f.code === 'structure.duplicate-name');
				const from = json.lastIndexOf('"exp"');
				expect(token.slice(fault!.span!.from, fault!.span!.to)).toBe(
					carriers(payload, from, from + 5)
				);
			}
		);

		it('counts multi-byte characters before the fault in bytes', () => {
			const json = '{"name":"Zoë 😀","name":"x"}';
			const payload = part(json);
			const fault = parseToken(`${H}.${payload}.${S}`).faults[0]!;
			const from = Buffer.byteLength(json.slice(0, json.lastIndexOf('"name"')));
			expect(fault.code).toBe('structure.duplicate-name');
			expect(fault.span).toEqual({
				from: H.length + 1 + Math.floor((from * 8) / 6),
				to: H.length + 1 + Math.ceil(((from + 6) * 8) / 6)
			});
		});

		it('underlines the last character when the JSON ends too early, and never the dot after it', () => {
			const payload = part('{"sub":"a"');
			const token = `${H}.${payload}.${S}`;
			const fault = parseToken(token).faults[0]!;
			expect(fault.code).toBe('structure.claims-json');
			expect(fault.span!.to).toBeLessThanOrEqual(H.length + 1 + payload.length);
			expect(token.slice(fault.span!.from, fault.span!.to)).toBe(carriers(payload, 9, 10));
		});
	});

	it('never throws, whatever is pasted', () => {
		const samples = [
			'.',
			'..',
			'....',
			'.....',
			'......',
			'\u0000',
			'{',
			'{"kty"',
			'-----BEGIN',
			'é.é.é',
			'😀'
		];
		for (const sample of samples) expect(() => parseToken(sample)).not.toThrow();
	});
});
