import { describe, expect, it } from 'vitest';
import { declaresJwt, normaliseTyp } from './media-type';

describe('typ as a media type (RFC 7515 §4.1.9)', () => {
	it.each([
		['JWT', 'jwt'],
		['application/JWT', 'jwt'],
		['Application/At+JWT', 'at+jwt'],
		['dpop+jwt', 'dpop+jwt'],
		['text/plain', 'text/plain']
	])('shortens %s to %s', (typ, short) => {
		expect(normaliseTyp(typ)).toBe(short);
	});

	it.each([
		[{ typ: 'JWT' }, true],
		[{ typ: 'jwt' }, true],
		[{ typ: 'application/jwt' }, true],
		[{ typ: 'at+JWT' }, true],
		[{ typ: 'application/at+jwt' }, true],
		[{ typ: 'dpop+jwt' }, false],
		[{ typ: 'JOSE' }, false],
		[{ typ: ['JWT'] }, false],
		[{}, false],
		[undefined, false]
	])('says whether %j declares a JWT: %s', (header, expected) => {
		expect(declaresJwt(header)).toBe(expected);
	});
});
