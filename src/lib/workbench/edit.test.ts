import { describe, expect, it } from 'vitest';
import {
	algorithmOf,
	copyOf,
	startingPoint,
	timeClaimsOf,
	withAlgorithm,
	withKid,
	withTimeClaim
} from './edit';

const now = new Date('2026-12-01T12:00:00Z');
const seconds = now.getTime() / 1000;

describe('the signer’s edits', () => {
	it('sets iat to the time passed in, and exp an hour after it, as NumericDates', () => {
		const iat = withTimeClaim('{"sub":"a"}', 'iat', now);
		expect(JSON.parse(iat)).toEqual({ sub: 'a', iat: seconds });
		expect(JSON.parse(withTimeClaim(iat, 'exp', now, 3600))).toEqual({
			sub: 'a',
			iat: seconds,
			exp: seconds + 3600
		});
	});

	it('leaves a payload that is not a JSON object as it is', () => {
		for (const text of ['{"sub":', '[1]', '']) expect(withTimeClaim(text, 'iat', now)).toBe(text);
	});

	it('writes the algorithm into the header, and reads it back only when it is offered', () => {
		const header = withAlgorithm('{"typ":"JWT"}', 'ES256');
		expect(JSON.parse(header)).toEqual({ typ: 'JWT', alg: 'ES256' });
		expect(algorithmOf(header)).toBe('ES256');
		expect(algorithmOf('{"alg":"none"}')).toBeUndefined();
		expect(withAlgorithm('{"alg":', 'RS256')).toBe('{"alg":');
		expect(JSON.parse(withKid(header, 'k1')).kid).toBe('k1');
	});

	it('copies an inspected token’s header and payload, never its signature', () => {
		const copy = copyOf({
			header: { alg: 'RS256', kid: 'k1' },
			claims: { aud: 'api', exp: 1 }
		});
		expect(JSON.parse(copy.header)).toEqual({ alg: 'RS256', kid: 'k1' });
		expect(JSON.parse(copy.payload)).toEqual({ aud: 'api', exp: 1 });
		expect(copy.alg).toBe('RS256');
		expect(copyOf({ header: { alg: 'none' } }).alg).toBeUndefined();
	});

	it('starts from a token that lives one hour from the time passed in', () => {
		const start = startingPoint(now);
		expect(JSON.parse(start.header)).toEqual({ alg: 'HS256', typ: 'JWT' });
		expect(JSON.parse(start.payload)).toMatchObject({ iat: seconds, exp: seconds + 3600 });
	});

	it('lists the time claims that are numbers, to explain them', () => {
		expect(timeClaimsOf('{"exp":20,"iat":10,"nbf":"15","sub":"a"}')).toEqual([
			{ name: 'iat', seconds: 10 },
			{ name: 'exp', seconds: 20 }
		]);
		expect(timeClaimsOf('{"exp":')).toEqual([]);
	});
});
