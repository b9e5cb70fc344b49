// The Workbench's copy flow with the core itself in place of the copy's worker: Edit a copy, re-sign with the
// user's key, Inspect the copy with the Token field's expectations, and the original left as it was.
import { describe, expect, it } from 'vitest';
import { inspect } from '$lib/core';
import { Inspector, toLocalInput, type Engine } from './inspector.svelte';
import { Workbench } from './workbench.svelte';

const NOW = new Date('2026-12-01T12:00:00Z');
const SECRET = 'q7Vt2wN9xLp4Rz8sKd1mFh6Yc3Bj0Ga5Ue-TiWoXnQ';
const core: Engine = async (input) => ({ kind: 'report', report: await inspect(input) });

function inspectorWith(token: string) {
	const inspector = new Inspector(core);
	inspector.token = token;
	inspector.key = SECRET;
	inspector.audience = 'api-b';
	inspector.timeMode = 'pinned';
	inspector.pinned = toLocalInput(NOW);
	return inspector;
}

async function signed(workbench: Workbench): Promise<string> {
	await workbench.sign();
	expect(workbench.result?.findings).toEqual([]);
	return workbench.result!.token!;
}

describe('the Workbench', () => {
	it('re-signs an edited copy and judges it with the Token field’s key and expectations', async () => {
		const iat = NOW.getTime() / 1000;
		const first = new Workbench(inspectorWith(''), core);
		first.start(NOW);
		first.payload = JSON.stringify({ sub: 'u1', aud: 'api-a', iat, exp: iat + 600 });
		first.editKey(SECRET);
		const original = await signed(first);

		const inspector = inspectorWith(original);
		await inspector.run(inspector.snapshot());
		expect(inspector.report?.verdict).toBe('invalid');
		const workbench = new Workbench(inspector, core);
		workbench.editCopy(inspector.report!.token);
		expect(JSON.parse(workbench.payload).aud).toBe('api-a');
		expect(workbench.alg).toBe('HS256');
		workbench.payload = workbench.payload.replace('api-a', 'api-b');
		workbench.editKey(SECRET);
		await workbench.inspectCopy(await signed(workbench));
		expect(workbench.copyReport?.verdict).toBe('valid');
		expect(workbench.copyReport?.checks.find((c) => c.id === 'aud')?.status).toBe('pass');
		// The original is untouched: still in the Token field, still judged invalid.
		expect(inspector.token).toBe(original);
		expect(inspector.report?.verdict).toBe('invalid');
	});

	it('refuses the Verification key’s public half as the copy’s HMAC secret', async () => {
		const { generateSigningKey } = await import('$lib/workbench/key-pair');
		const pair = await generateSigningKey('RS256');
		const workbench = new Workbench(inspectorWith(''), core);
		workbench.start(NOW);
		workbench.editKey(pair.publicPem!);
		await workbench.sign();
		expect(workbench.result?.token).toBeUndefined();
		expect(workbench.result?.findings.map((f) => f.code)).toEqual(['sign.public-key-as-secret']);
	});

	it('puts a generated key pair’s JWKS into the Verification key, and its kid into the header', async () => {
		const inspector = inspectorWith('');
		const workbench = new Workbench(inspector, core);
		workbench.start(NOW);
		workbench.setAlgorithm('ES256');
		await workbench.generate();
		const token = await signed(workbench);
		workbench.useAsVerificationKey();
		const jwks = JSON.parse(inspector.key);
		expect(JSON.parse(workbench.header)).toMatchObject({ alg: 'ES256', kid: jwks.keys[0].kid });
		inspector.token = token;
		inspector.audience = 'my-api';
		await inspector.run(inspector.snapshot());
		expect(inspector.report?.verdict).toBe('valid');
	});
});
