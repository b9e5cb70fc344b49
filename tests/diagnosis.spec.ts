// Diagnosis that finds the cause (issue 4): one test per rule, asserting the row's check ID, status and code.
// Tokens and keys are minted here in Node with node:crypto.
import {
	constants,
	createHmac,
	generateKeyPairSync,
	randomBytes,
	sign,
	type KeyObject
} from 'node:crypto';
import { expect, test } from './fixtures';
import { expectVerdict, pasteToken, seconds, settled } from './page-helpers';

const b64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');
const rsa = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = (namedCurve: string) => generateKeyPairSync('ec', { namedCurve });
const pem = (key: KeyObject) => key.export({ format: 'pem', type: 'spki' }).toString();
const jwk = (key: KeyObject, kid: string) => ({ ...key.export({ format: 'jwk' }), kid });

/** Claims valid for an hour from now, by the browser's live clock. */
function claims(extra: Record<string, unknown> = {}) {
	const now = seconds(Date.now());
	return { sub: 'user-1', iat: now - 60, exp: now + 3600, ...extra };
}

/** A compact JWS over the header and claims, with the signature `signer` makes of the signing input. */
function jws(
	header: Record<string, unknown>,
	payload: Record<string, unknown>,
	signer: (input: Buffer) => Buffer
): string {
	const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
	return `${input}.${b64url(signer(Buffer.from(input)))}`;
}

const hmac = (secret: Buffer | string) => (input: Buffer) =>
	createHmac('sha256', secret).update(input).digest();
const rs256 = (key: KeyObject) => (input: Buffer) => sign('sha256', input, key);
const ps256 = (key: KeyObject) => (input: Buffer) =>
	sign('sha256', input, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
const es256 =
	(key: KeyObject, dsaEncoding: 'der' | 'ieee-p1363' = 'ieee-p1363') =>
	(input: Buffer) =>
		sign('sha256', input, { key, dsaEncoding });

const row = (page: import('@playwright/test').Page, id: string) =>
	page.locator(`[data-check="${id}"]`);

/** Opens the page, fills the key (and any other labelled input), pastes the token, waits for the report. */
async function inspect(
	page: import('@playwright/test').Page,
	token: string,
	inputs: Record<string, string> = {}
): Promise<void> {
	await page.goto('/');
	for (const [label, value] of Object.entries(inputs))
		await page.getByLabel(label, { exact: true }).fill(value);
	await pasteToken(page, token);
	await settled(page);
}

async function expectRow(
	page: import('@playwright/test').Page,
	id: string,
	status: string,
	code: string
): Promise<void> {
	await expect(row(page, id)).toHaveAttribute('data-status', status);
	await expect(row(page, id)).toHaveAttribute('data-code', code);
}

test.describe('key forensics', () => {
	test('a secret read in another encoding than the issuer’s is named, and never passes', async ({
		page
	}) => {
		const secret = randomBytes(32);
		const token = jws({ alg: 'HS256', typ: 'JWT' }, claims(), hmac(secret));
		await inspect(page, token, { 'Verification key': secret.toString('base64') });
		await expectRow(page, 'signature', 'fail', 'signature.secret-encoding');
		await expectVerdict(page, 'invalid');

		await page.getByLabel('Secret encoding').selectOption('base64');
		await expectVerdict(page, 'valid');
		await expectRow(page, 'signature', 'pass', 'signature.verified');
	});

	test('a kid missing from the JWKS points to key rotation', async ({ page }) => {
		const current = rsa();
		const old = rsa();
		const token = jws({ alg: 'RS256', kid: 'key-2026' }, claims(), rs256(current.privateKey));
		const jwks = JSON.stringify({ keys: [jwk(old.publicKey, 'key-2025')] });
		await inspect(page, token, { 'Verification key': jwks });
		await expectRow(page, 'key', 'fail', 'key.kid-not-found');
		await expect(row(page, 'key')).toContainText('key-2025');
		await expectVerdict(page, 'invalid');
	});

	test('a P-384 key for an ES256 token is a named mismatch', async ({ page }) => {
		const token = jws({ alg: 'ES256' }, claims(), es256(ec('P-256').privateKey));
		await inspect(page, token, { 'Verification key': pem(ec('P-384').publicKey) });
		await expectRow(page, 'algorithm', 'fail', 'algorithm.key-mismatch');
		await expectVerdict(page, 'invalid');
	});

	test('an RS256 header over a PS256 signature names the padding', async ({ page }) => {
		const pair = rsa();
		const token = jws({ alg: 'RS256' }, claims(), ps256(pair.privateKey));
		await inspect(page, token, { 'Verification key': pem(pair.publicKey) });
		await expectRow(page, 'signature', 'fail', 'signature.rsa-padding');
		await expectVerdict(page, 'invalid');
	});

	test('a DER-encoded ES256 signature is named, not converted', async ({ page }) => {
		const pair = ec('P-256');
		const token = jws({ alg: 'ES256' }, claims(), es256(pair.privateKey, 'der'));
		await inspect(page, token, { 'Verification key': pem(pair.publicKey) });
		await expectRow(page, 'signature', 'fail', 'signature.ecdsa-der');
		await expectVerdict(page, 'invalid');
	});

	test('a public key used as an HMAC secret is the algorithm-confusion attack', async ({
		page
	}) => {
		const publicPem = pem(rsa().publicKey);
		const token = jws({ alg: 'HS256', typ: 'JWT' }, claims(), hmac(publicPem));
		await inspect(page, token, { 'Verification key': publicPem });
		await expectRow(page, 'algorithm', 'fail', 'algorithm.confusion');
		await expectVerdict(page, 'invalid');
	});

	test('a signature no key verifies names the keys tried and skipped', async ({ page }) => {
		const jwks = JSON.stringify({
			keys: [jwk(rsa().publicKey, 'rsa-tried'), jwk(ec('P-256').publicKey, 'ec-skipped')]
		});
		const token = jws({ alg: 'RS256' }, claims(), rs256(rsa().privateKey));
		await inspect(page, token, { 'Verification key': jwks });
		await expectRow(page, 'signature', 'fail', 'signature.mismatch');
		await expect(row(page, 'signature')).toContainText('rsa-tried');
		await expect(row(page, 'signature')).toContainText('ec-skipped');
	});
});

test.describe('is it the right token', () => {
	test('an ID token judged against an API audience is flagged', async ({ page }) => {
		const secret = randomBytes(32);
		const token = jws(
			{ alg: 'HS256', typ: 'JWT' },
			claims({ aud: 'api://orders', nonce: 'n-0S6', at_hash: 'x' }),
			hmac(secret)
		);
		await inspect(page, token, { 'Expected audience': 'api://orders' });
		await expectRow(page, 'token-use', 'warn', 'token-use.id-token-for-api');
	});

	test('a missing required scope fails the scope row', async ({ page }) => {
		const token = jws(
			{ alg: 'HS256', typ: 'at+jwt' },
			claims({ scope: 'orders:read', client_id: 'app' }),
			hmac(randomBytes(32))
		);
		await inspect(page, token);
		await expectRow(page, 'scope', 'skip', 'scope.not-checked');

		await page.getByLabel('Required scopes', { exact: true }).fill('orders:read orders:write');
		await settled(page);
		await expectRow(page, 'scope', 'fail', 'scope.missing');
		await expectVerdict(page, 'invalid');

		await page.getByLabel('Required scopes', { exact: true }).fill('orders:read');
		await settled(page);
		await expectRow(page, 'scope', 'pass', 'scope.ok');
	});

	test('revocation is information, never a pass', async ({ page }) => {
		const token = jws(
			{ alg: 'HS256', typ: 'JWT' },
			claims({ jti: 'jti-123', sid: 'sess-9' }),
			hmac(randomBytes(32))
		);
		await inspect(page, token);
		await expectRow(page, 'revocation', 'info', 'revocation.unknowable');
		await expect(row(page, 'revocation')).toContainText('jti-123');
	});
});
