import { describe, expect, it } from 'vitest';
import { againstPage, clockNotes } from './error-judgement';
import { recogniseError } from './error-messages';
import { readMessageTimes } from './error-values';

const rows = (statuses: Record<string, string>) =>
	Object.entries(statuses).map(([id, status]) => ({ id, status }));

describe('againstPage', () => {
	it('says when the row the API failed passes here', () => {
		const notes = againstPage(
			recogniseError('JWT::ExpiredSignature: Signature has expired'),
			rows({ exp: 'pass' })
		);
		expect(notes.map((n) => [n.code, n.check])).toEqual([['passes-here', 'exp']]);
	});

	it('says nothing when the row fails here too, or was not judged', () => {
		const recognition = recogniseError('JWT::ExpiredSignature: Signature has expired');
		expect(againstPage(recognition, rows({ exp: 'fail' }))).toEqual([]);
		expect(againstPage(recognition, rows({ exp: 'skip' }))).toEqual([]);
		expect(againstPage(recogniseError('ECONNRESET'), rows({ exp: 'pass' }))).toEqual([]);
	});

	it('works for a message recognised only by its kind', () => {
		const notes = againstPage(
			recogniseError('SomeLib: bearer token has an invalid audience'),
			rows({ aud: 'pass' })
		);
		expect(notes.map((n) => n.check)).toEqual(['aud']);
	});
});

describe('clockNotes', () => {
	const exp = Date.parse('2026-11-25T13:00:00Z') / 1000;
	const pageNow = new Date('2026-11-25T13:03:10Z');

	it('says a .NET API that refused a token 3 min past exp has a ClockSkew below 3 min', () => {
		const text =
			"IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '11/25/2026 1:00:00 PM', Current time (UTC): '11/25/2026 1:03:00 PM'.";
		const notes = clockNotes(readMessageTimes(text), recogniseError(text), { exp }, pageNow);
		expect(notes.map((n) => n.code)).toEqual(['server-clock', 'skew-below-default']);
		expect(notes[1]!.text).toContain('3 min');
	});

	it('says nothing about the skew when the refusal fits the default', () => {
		const text =
			"IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '11/25/2026 1:00:00 PM', Current time (UTC): '11/25/2026 1:06:00 PM'.";
		const notes = clockNotes(readMessageTimes(text), recogniseError(text), { exp }, pageNow);
		expect(notes.map((n) => n.code)).toEqual(['server-clock']);
	});

	it('says the API judged another token when the message’s exp is not this token’s', () => {
		const text = 'error_description="The token expired at \'11/25/2026 12:00:00\'"';
		const notes = clockNotes(readMessageTimes(text), recogniseError(text), { exp }, pageNow);
		expect(notes.map((n) => [n.code, n.check])).toContainEqual(['other-token', 'exp']);
	});

	it('judges by the page’s clock, and says so, when the message states no clock', () => {
		const text =
			'WWW-Authenticate: Bearer error="invalid_token", error_description="The token is expired"';
		const notes = clockNotes(readMessageTimes(text), recogniseError(text), { exp }, pageNow);
		expect(notes.map((n) => n.code)).toEqual(['page-clock-within-default']);
	});

	it('states jjwt’s allowed skew, and reads no default for a zero-leeway library', () => {
		const text =
			'io.jsonwebtoken.ExpiredJwtException: JWT expired 30000 milliseconds ago at 2026-11-25T13:00:00.000Z. Current time: 2026-11-25T13:00:30.000Z. Allowed clock skew: 0 milliseconds.';
		const notes = clockNotes(readMessageTimes(text), recogniseError(text), { exp }, pageNow);
		expect(notes.map((n) => n.code)).toEqual(['server-clock', 'skew-stated']);
	});
});
