// The table against the real thing (issue 15, item 5): every npm verifier the table names is run on tokens minted
// for each everyday failure, and the table's `accepts` for that library must agree with what it did: `yes` when
// it accepted, `no` when it rejected. "Cannot tell" counts as a disagreement unless the case lacks information.
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER, inspectAt } from '$lib/testing/fixtures';
import { RUNNERS, VERIFIER_CASES, pageKeyText, type Outcome } from '$lib/testing/verifier-runners';
import { whatVerifiersWouldDo, type VerifierVerdict } from './verifiers';

type Library = keyof typeof RUNNERS;
const LIBRARIES = Object.keys(RUNNERS) as Library[];

const tally = new Map<Library, { agreeing: number; unknown: number; total: number }>(
	LIBRARIES.map((id) => [id, { agreeing: 0, unknown: 0, total: 0 }])
);

async function predictions(token: string, key: string) {
	const report = await inspectAt({ token, key });
	return whatVerifiersWouldDo(report, { audience: AUDIENCE, issuer: ISSUER });
}

const agrees = (accepts: VerifierVerdict['accepts'], outcome: Outcome) =>
	(accepts === 'yes' && outcome.accepted) || (accepts === 'no' && !outcome.accepted);

describe.each(VERIFIER_CASES)('the table agrees with the real libraries on "$name"', (c) => {
	it.each(LIBRARIES)('%s', async (library) => {
		const verdicts = await predictions(c.token, pageKeyText(c.key));
		const row = verdicts.find((v) => v.id === library);
		expect(row, `a table row for ${library}`).toBeDefined();
		const outcome = await RUNNERS[library](c);
		const counts = tally.get(library)!;
		counts.total += 1;
		if (row!.accepts === 'unknown') counts.unknown += 1;
		if (agrees(row!.accepts, outcome)) counts.agreeing += 1;
		expect(
			{ accepts: row!.accepts, reasons: row!.reasons },
			`${library} ${outcome.accepted ? 'accepted' : `rejected: ${outcome.message}`}`
		).toMatchObject({ accepts: outcome.accepted ? 'yes' : 'no' });
	});
});

afterAll(() => {
	// The figures for the closing note: table agreement per library.
	const lines = [...tally].map(
		([id, t]) => `${id}: ${t.agreeing}/${t.total} agree, ${t.unknown} cannot tell`
	);
	console.info(`verifier agreement\n${lines.join('\n')}`);
});
