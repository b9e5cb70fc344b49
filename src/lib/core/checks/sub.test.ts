import { describe, expect, it } from 'vitest';
import { inspectAt, mint, row } from '$lib/testing/fixtures';
import { matchesSubject, subjectParts } from './support/subject';
import { verdictSentence } from '$lib/present/verdict';

// Subjects as GitHub Actions, GitLab CI and Kubernetes issue them (forms in support/subject.ts).
const BRANCH = 'repo:octo-org/octo-repo:ref:refs/heads/main';
const ENVIRONMENT = 'repo:octo-org/octo-repo:environment:prod';
const IMMUTABLE = 'repo:octo-org@1234/octo-repo@5678:ref:refs/heads/main';
const GITLAB = 'project_path:mygroup/myproject:ref_type:branch:ref:main';
const SERVICE_ACCOUNT = 'system:serviceaccount:payments:api';

async function subRow(sub: unknown, subject?: string) {
	const claims = sub === undefined ? { sub: undefined } : { sub };
	return row(
		await inspectAt({
			token: mint('hs256', claims),
			...(subject !== undefined ? { subject } : {})
		}),
		'sub'
	);
}

const parts = (check: { findings?: Array<{ code: string; message: string }> }) =>
	(check.findings ?? []).filter((f) => f.code === 'sub.part').map((f) => f.message);

describe('sub check', () => {
	it('skips without an Expected subject, and still breaks a CI subject into its parts', async () => {
		const check = await subRow(BRANCH);
		expect(check).toMatchObject({ status: 'skip', code: 'sub.not-checked' });
		expect(parts(check)).toEqual(['repository octo-org/octo-repo', 'branch main']);
	});

	it.each([
		['a GitLab CI subject', GITLAB, ['project mygroup/myproject', 'ref type branch', 'ref main']],
		[
			'a Kubernetes service account',
			SERVICE_ACCOUNT,
			['namespace payments', 'service account api']
		],
		['a pull request', 'repo:o/r:pull_request', ['repository o/r', 'a pull request']],
		['an environment', ENVIRONMENT, ['repository octo-org/octo-repo', 'environment prod']]
	])('reads %s into its parts', async (_, sub, expected) => {
		expect(parts(await subRow(sub))).toEqual(expected);
	});

	it('lists no parts for a subject that is not a CI one', async () => {
		expect((await subRow('user-42')).findings).toBeUndefined();
	});

	it.each([
		['an exact subject', BRANCH],
		['a pattern with *', 'repo:octo-org/octo-repo:*'],
		['a pattern with ?', 'repo:octo-org/octo-repo:ref:refs/heads/mai?'],
		['a * that matches nothing', 'repo:octo-org/octo-repo:ref:refs/heads/main*']
	])('passes %s', async (_, subject) => {
		expect(await subRow(BRANCH, subject)).toMatchObject({ status: 'pass', code: 'sub.ok' });
	});

	it('says a wildcard needs StringLike in an AWS trust policy, and says nothing of it for an exact one', async () => {
		const operator = (check: Awaited<ReturnType<typeof subRow>>) =>
			(check.findings ?? []).filter((f) => f.code === 'sub.ok');
		expect(operator(await subRow(BRANCH, 'repo:octo-org/*'))).toHaveLength(1);
		expect(operator(await subRow(BRANCH, BRANCH))).toHaveLength(0);
	});

	it('fails a subject that differs only in letter case: trust policies compare case-sensitively', async () => {
		const check = await subRow(BRANCH, 'repo:Octo-Org/octo-repo:*');
		expect(check).toMatchObject({ status: 'fail', code: 'sub.case' });
		expect(check.fix).toContain(BRANCH);
	});

	it('names an environment in place of the ref, and trusts the environment as the fix', async () => {
		const check = await subRow(ENVIRONMENT, 'repo:octo-org/octo-repo:ref:refs/heads/main');
		expect(check).toMatchObject({ status: 'fail', code: 'sub.form' });
		expect(check.fix).toContain('repo:octo-org/octo-repo:environment:prod');
	});

	it("leads the verdict sentence with the subject's form, ending with the next step", async () => {
		const report = await inspectAt({
			token: mint('hs256', { sub: ENVIRONMENT }),
			subject: 'repo:octo-org/octo-repo:ref:refs/heads/main'
		});
		const sentence = verdictSentence(report);
		expect(sentence.mainCheck).toBe('sub');
		expect(sentence.reason).toContain('environment');
		expect(sentence.next).toContain('sub row');
	});

	it("names GitHub's immutable IDs when only the token carries them", async () => {
		const check = await subRow(IMMUTABLE, 'repo:octo-org/octo-repo:*');
		expect(check).toMatchObject({ status: 'fail', code: 'sub.immutable-ids' });
	});

	it("names GitHub's immutable IDs when only the pattern carries them", async () => {
		const check = await subRow(BRANCH, 'repo:octo-org@1234/octo-repo@5678:*');
		expect(check).toMatchObject({ status: 'fail', code: 'sub.immutable-ids' });
	});

	it('names the part that differs: another branch', async () => {
		const check = await subRow(BRANCH, 'repo:octo-org/octo-repo:ref:refs/heads/release');
		expect(check).toMatchObject({ status: 'fail', code: 'sub.mismatch' });
		expect(check.detail).toContain('branch main');
		expect(check.detail).toContain('branch release');
	});

	it('fails a subject that is nothing like the pattern', async () => {
		expect(await subRow('user-42', 'repo:octo-org/*')).toMatchObject({
			status: 'fail',
			code: 'sub.mismatch'
		});
	});

	it('names stray whitespace in the Expected subject, judging it as typed', async () => {
		const check = await subRow(BRANCH, `${BRANCH} `);
		expect(check).toMatchObject({ status: 'fail', code: 'sub.expected-whitespace' });
		expect(check.detail).toContain('Without it, it matches');
	});

	it('fails a missing sub when a subject is expected', async () => {
		expect(await subRow(undefined, BRANCH)).toMatchObject({ status: 'fail', code: 'sub.missing' });
	});

	it('fails a sub that is not a string', async () => {
		expect(await subRow(42, BRANCH)).toMatchObject({ status: 'fail', code: 'sub.type' });
	});

	it('does not read or match a subject far longer than any CI subject', async () => {
		const sub = 'a:b:'.repeat(100_000);
		const check = await subRow(sub, '*');
		expect(check).toMatchObject({ status: 'skip', code: 'sub.too-long' });
		expect(check.findings).toBeUndefined();
	});

	it('skips when the token has no claims', async () => {
		const report = await inspectAt({ token: '', subject: BRANCH });
		expect(row(report, 'sub')).toMatchObject({ status: 'skip', code: 'sub.no-token' });
	});
});

describe('matchesSubject', () => {
	it.each([
		['repo:o/r:ref:refs/heads/main', 'repo:o/r:*', true],
		['repo:o/r:ref:refs/heads/main', 'repo:o/*:ref:refs/heads/main', true],
		['repo:o/r', 'repo:o/r?', false],
		['repo:o/r', 'repo:o/r*', true],
		['a.b', 'a?b', true],
		['a.b', 'a.c', false],
		// Characters a regular expression would read are plain text here.
		['repo:o/r(1)', 'repo:o/r(1)', true],
		['repo:o/rx', 'repo:o/r.', false]
	])('%s against %s: %s', (sub, pattern, expected) => {
		expect(matchesSubject(sub, pattern)).toBe(expected);
	});

	it('answers a pathological pattern quickly, or says it is too long to compare', () => {
		const sub = 'a'.repeat(200_000);
		const pattern = `${'*a'.repeat(50)}b`;
		const started = performance.now();
		expect([false, undefined]).toContain(matchesSubject(sub, pattern));
		expect(performance.now() - started).toBeLessThan(2_000);
	});
});

describe('subjectParts', () => {
	it('keeps a value that holds @ and / (a reusable workflow)', () => {
		expect(
			subjectParts('repo:o/r:job_workflow_ref:o/r/.github/workflows/deploy.yml@refs/heads/main')
		).toEqual([
			{ name: 'repo', value: 'o/r' },
			{ name: 'job_workflow_ref', value: 'o/r/.github/workflows/deploy.yml@refs/heads/main' }
		]);
	});
});
