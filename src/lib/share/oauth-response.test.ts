import { describe, expect, it } from 'vitest';
import {
	isRedirectFragment,
	queryWithoutResponse,
	readAddress,
	type AddressContent
} from './oauth-response';

const ID = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln';
const AT = 'eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzY3AiOiJyZWFkIn0.c2ln';
const SHARE = '#ti1.j.12.abcdefghijkl';

describe('reading an authorization response from the address', () => {
	it('loads an id_token from the fragment, with the parameters beside it', () => {
		const read = readAddress(`#id_token=${ID}&state=xyz&session_state=s1`, '');
		expect(read).toEqual({
			kind: 'tokens',
			where: 'fragment',
			tokens: [{ name: 'id_token', value: ID }],
			details: { state: 'xyz', sessionState: 's1' },
			code: false,
			unknown: []
		});
	});

	it('puts the id_token first when an access_token comes with it', () => {
		const read = readAddress(
			`#access_token=${AT}&token_type=Bearer&expires_in=3599&scope=openid+profile&id_token=${ID}&state=s`,
			''
		);
		expect(read.kind).toBe('tokens');
		if (read.kind !== 'tokens') return;
		expect(read.tokens.map((t) => t.name)).toEqual(['id_token', 'access_token']);
		expect(read.tokens[1]!.value).toBe(AT);
		// `+` is a space in form encoding (RFC 6749 Appendix B).
		expect(read.details).toEqual({
			tokenType: 'Bearer',
			expiresIn: '3599',
			scope: 'openid profile',
			state: 's'
		});
	});

	it('notes a hybrid response’s code without carrying its value, and lists unknown names', () => {
		const read = readAddress(`#code=SECRETCODE&id_token=${ID}&client_info=abc`, '');
		expect(read).toMatchObject({ kind: 'tokens', code: true, unknown: ['client_info'] });
		expect(JSON.stringify(read)).not.toContain('SECRETCODE');
	});

	it('reads an error response, decoded, with what cannot be seen shown by code point', () => {
		const read = readAddress(
			'#error=access_denied&error_description=AADSTS65004%3A+User+declined%0D%0ATrace+ID%3A+1&state=s',
			''
		);
		expect(read).toEqual({
			kind: 'error',
			where: 'fragment',
			error: 'access_denied',
			description: 'AADSTS65004: User declined⟨U+000D⟩⟨U+000A⟩Trace ID: 1',
			state: 's'
		});
	});

	it('reads an authorization code in the query as a code, never keeping its value', () => {
		const read = readAddress('', '?code=SECRETCODE&state=abc');
		expect(read).toEqual({ kind: 'code', where: 'query', state: 'abc' });
	});

	it('reads an error in the query (response_mode=query)', () => {
		expect(readAddress('', '?error=invalid_scope')).toMatchObject({
			kind: 'error',
			where: 'query',
			error: 'invalid_scope'
		});
	});

	it('leaves an address with no response alone', () => {
		expect(readAddress('', '')).toEqual({ kind: 'none' });
		expect(readAddress('#', '?')).toEqual({ kind: 'none' });
		expect(readAddress('#section-2', '?utm_source=x')).toEqual({ kind: 'none' });
		expect(readAddress('#state=only', '')).toEqual({ kind: 'none' });
	});
});

describe('telling a share link from an authorization response', () => {
	const cases: Array<[string, string, string, AddressContent['kind']]> = [
		['a share link', SHARE, '', 'share'],
		[
			'a share link whose data was edited to look like a response',
			'#ti1.z.9.id_token=x',
			'',
			'share'
		],
		['a share link with a code in the query', SHARE, '?code=c', 'code'],
		['a response whose token looks like a share link', '#access_token=ti1.j.3.abc', '', 'tokens'],
		['a fragment that is neither', '#garbage', '', 'none'],
		['the old share test’s not-ours fragment', '#access_token=abc', '', 'tokens']
	];
	it.each(cases)('reads %s as it is', (_, hash, search, kind) => {
		expect(readAddress(hash, search).kind).toBe(kind);
	});

	it('hands the share reader every fragment that is not a response', () => {
		expect(isRedirectFragment(SHARE)).toBe(false);
		expect(isRedirectFragment('#garbage')).toBe(false);
		expect(isRedirectFragment('')).toBe(false);
		expect(isRedirectFragment(`#id_token=${ID}`)).toBe(true);
		expect(isRedirectFragment('#error=x&error=y')).toBe(true);
	});
});

describe('explaining a crafted response', () => {
	const cases: Array<[string, string, string]> = [
		['a repeated token', `#id_token=${ID}&id_token=${AT}`, 'redirect.duplicate-parameter'],
		['a repeated state', `#id_token=${ID}&state=a&state=b`, 'redirect.duplicate-parameter'],
		['broken percent-encoding', '#id_token=%E0%A4%A&state=a', 'redirect.malformed-encoding'],
		['bytes that are not UTF-8', '#id_token=%FF', 'redirect.malformed-encoding'],
		['an error beside a token', `#error=access_denied&id_token=${ID}`, 'redirect.error-with-token'],
		['an empty token', '#id_token=&state=a', 'redirect.empty-token'],
		['a token of spaces', '#access_token=+++', 'redirect.empty-token']
	];
	it.each(cases)('explains %s', (_, hash, code) => {
		expect(readAddress(hash, '')).toMatchObject({ kind: 'problem', where: 'fragment', code });
	});

	it('quotes a crafted name safely in its explanation', () => {
		const read = readAddress('#id_token=a&%22%E2%80%AE=1&%22%E2%80%AE=2', '');
		expect(read).toMatchObject({ kind: 'problem', code: 'redirect.duplicate-parameter' });
		if (read.kind === 'problem') expect(read.message).toContain('⟨U+202E⟩');
	});
});

describe('cleaning the query', () => {
	it('takes out the response parameters and keeps the rest', () => {
		expect(queryWithoutResponse('?code=c&state=s&session_state=x')).toBe('');
		expect(queryWithoutResponse('?lang=en&code=c&state=s')).toBe('?lang=en');
		expect(queryWithoutResponse('')).toBe('');
	});
});
