// The npm verifiers themselves (devDependencies) judge tokens minted for each everyday failure, and every
// message they print must be recognised by "Paste your error": the right cause, the library that printed it, a
// checklist row that judges that failure (issue 15, items 1 and 5). The runs are src/lib/testing/real-libraries.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import {
	REAL_CASES,
	REAL_LIBRARIES,
	runAll,
	type RealLibrary,
	type RealOutcome
} from '$lib/testing/real-libraries';
import { matchedChecks, recogniseError } from './error-messages';

/**
 * The catalogue's names for who can have printed a library's message: express-jwt and passport-jwt pass
 * jsonwebtoken's errors on (express-jwt wrapped in UnauthorizedError), and the jsonwebtoken, express-jwt and
 * passport-jwt set-ups look keys up with jwks-rsa, whose errors come through too.
 */
const PRINTED_BY: Record<RealLibrary, string[]> = {
	jsonwebtoken: ['node jsonwebtoken', 'Auth0 jwks-rsa'],
	jose: ['jose (panva)'],
	'fast-jwt': ['fast-jwt'],
	'aws-jwt-verify': ['aws-jwt-verify'],
	'express-jwt': ['Auth0 express-jwt', 'node jsonwebtoken', 'Auth0 jwks-rsa'],
	'passport-jwt': ['passport-jwt', 'node jsonwebtoken', 'Auth0 jwks-rsa'],
	'okta-jwt-verifier': ['Okta jwt-verifier (njwt)', 'Auth0 jwks-rsa']
};

/**
 * Rejections whose text is not the library's own message, so no entry may claim it: njwt (under Okta's
 * verifier) throws a bare TypeError from `base64urlUnescape(undefined)` on a two-segment token
 * (node_modules/njwt/index.js, Parser.prototype.parse accepts 2 segments). Matching that generic text to a row
 * would be matching by chance.
 */
const NOT_A_LIBRARY_MESSAGE = new Set(['okta-jwt-verifier/malformed-two-segments']);

const caseOf = (id: string) => REAL_CASES.find((c) => c.id === id)!;

/** Why a printed message does not count as recognised, or undefined when it does. */
function misreading(outcome: RealOutcome, text: string, checkLibrary: boolean) {
	const recognition = recogniseError(text);
	if (!recognition.recognised) return 'not recognised';
	const c = caseOf(outcome.case);
	if (!c.causes.includes(recognition.cause)) return `cause ${recognition.cause}`;
	const rows = matchedChecks(recognition);
	if (!rows.some((row) => c.rows.includes(row))) return `rows ${rows.join(',')}`;
	if (
		checkLibrary &&
		!recognition.matches.some((m) => PRINTED_BY[outcome.library].includes(m.library))
	)
		return `library ${recognition.matches.map((m) => m.library).join(',')}`;
	return undefined;
}

/** Recognised / total distinct printed messages per library (the figure the closing note asks for). */
function tally(outcomes: RealOutcome[]) {
	return Object.fromEntries(
		REAL_LIBRARIES.map((library) => {
			const messages = new Map<string, RealOutcome>();
			for (const o of outcomes)
				if (
					o.library === library &&
					o.message &&
					!NOT_A_LIBRARY_MESSAGE.has(`${library}/${o.case}`)
				)
					messages.set(o.message, o);
			const recognised = [...messages].filter(([text, o]) => !misreading(o, text, true)).length;
			return [library, `${recognised}/${messages.size}`];
		})
	);
}

let outcomes: RealOutcome[];
beforeAll(async () => {
	outcomes = await runAll();
});
const rejections = () => outcomes.filter((o) => !o.accepted);

describe('the real npm verifiers', () => {
	it('run every case through every library', () => {
		expect(outcomes).toHaveLength(REAL_LIBRARIES.length * REAL_CASES.length);
	});

	it('all accept the valid control token, so each rejection below is the case’s doing', () => {
		expect(outcomes.filter((o) => o.case === 'valid' && !o.accepted)).toEqual([]);
	});

	it('all reject the everyday failures every library checks', () => {
		const always = ['expired', 'not-yet-valid', 'wrong-issuer', 'wrong-key', 'kid-not-in-jwks'];
		for (const id of always)
			expect(
				outcomes.filter((o) => o.case === id && o.accepted).map((o) => o.library),
				id
			).toEqual([]);
	});
});

describe('every message a real library printed', () => {
	it('is recognised as the library prints it in a log, with its cause, its library and its row', () => {
		const wrong = rejections()
			.filter((o) => !NOT_A_LIBRARY_MESSAGE.has(`${o.library}/${o.case}`))
			.map((o) => [o.library, o.case, o.message, misreading(o, o.message!, true)])
			.filter(([, , , why]) => why);
		expect(wrong).toEqual([]);
	});

	it('is recognised as String(error) prints it, with its cause and its row', () => {
		// String(error) loses the class name where a library leaves `name` as "Error" (fast-jwt, aws-jwt-verify),
		// so the library is not asserted here: "Error: Invalid signature" could be anyone's.
		const wrong = rejections()
			.filter((o) => !NOT_A_LIBRARY_MESSAGE.has(`${o.library}/${o.case}`))
			.map((o) => [o.library, o.case, o.string, misreading(o, o.string!, false)])
			.filter(([, , , why]) => why);
		expect(wrong).toEqual([]);
	});

	it('is not claimed when it is no library’s message (njwt’s TypeError)', () => {
		for (const key of NOT_A_LIBRARY_MESSAGE) {
			const [library, id] = key.split('/');
			const outcome = outcomes.find((o) => o.library === library && o.case === id)!;
			expect(outcome.accepted).toBe(false);
			expect(recogniseError(outcome.message!).recognised, outcome.message).toBe(false);
		}
	});

	it('tallies every library as fully recognised', () => {
		const figures = tally(outcomes);
		for (const library of REAL_LIBRARIES) {
			const [recognised, total] = figures[library]!.split('/');
			expect(Number(total), library).toBeGreaterThan(0);
			expect(recognised, library).toBe(total);
		}
	});
});
