// Diagnosis beyond the checklist, driven as a person would: pasting the error an API printed, reading what
// common verifiers would do with the token, and fetching the issuer's keys from a local server on request.
import { generateKeyPairSync, sign as cryptoSign } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { expectVerdict, hs256, pasteToken, seconds, settled } from './page-helpers';

test.describe('Error message', () => {
	const cases = [
		{
			library: 'node jsonwebtoken',
			message:
				'TokenExpiredError: jwt expired\n    at /app/node_modules/jsonwebtoken/verify.js:190:21',
			cause: 'expired',
			rows: ['exp']
		},
		{
			library: 'Microsoft.IdentityModel',
			message:
				"IDX10214: Audience validation failed. Audiences: 'api://orders'. Did not match: validationParameters.ValidAudience: 'api://billing' or validationParameters.ValidAudiences: 'null'.",
			cause: 'audience',
			rows: ['aud']
		},
		{
			library: 'PyJWT',
			message: 'jwt.exceptions.InvalidSignatureError: Signature verification failed',
			cause: 'signature',
			rows: ['signature', 'key']
		},
		{
			library: 'Nimbus',
			message:
				'An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
			cause: 'key-not-found',
			rows: ['key']
		}
	];

	for (const { library, message, cause, rows } of cases) {
		test(`recognises ${library}'s "${cause}" and marks its rows`, async ({ page }) => {
			const token = hs256({ sub: 'user_1', exp: seconds(Date.now()) + 3600 }, 'a secret');
			await page.goto('/');
			await pasteToken(page, token);
			await settled(page);
			await page.getByLabel('Error message', { exact: true }).fill(message);

			const result = page.locator('[data-error-recognised]');
			await expect(result).toHaveAttribute('data-error-recognised', cause);
			await expect(result.locator('[data-error-library]').first()).toContainText(library);
			for (const id of rows) {
				await expect(page.locator(`[data-check="${id}"]`)).toHaveAttribute(
					'data-error-match',
					'true'
				);
			}
			// A row the error does not point to stays unmarked.
			await expect(page.locator('[data-check="crit"]')).not.toHaveAttribute('data-error-match');

			// The row link brings the row into view and focuses it.
			await result.locator(`[data-error-target="${rows[0]}"]`).first().click();
			await expect(page.locator(`[data-check="${rows[0]}"] summary`)).toBeFocused();
		});
	}

	test('puts the audience a message expected into the Expected audience with one click', async ({
		page
	}) => {
		const token = hs256(
			{ sub: 'user_1', aud: 'api://billing', exp: seconds(Date.now()) + 3600 },
			'a secret'
		);
		await page.goto('/');
		await pasteToken(page, token);
		await settled(page);
		await page
			.getByLabel('Error message', { exact: true })
			.fill(
				'JWT::InvalidAudError: Invalid audience. Expected api://orders, received api://billing'
			);

		await expect(page.locator('[data-error-recognised]')).toHaveAttribute(
			'data-error-recognised',
			'audience'
		);
		await page.getByRole('button', { name: 'Use api://orders as the Expected audience' }).click();
		await expect(page.getByLabel('Expected audience', { exact: true })).toHaveValue('api://orders');
		await settled(page);
		// The page now judges as the API did: the token's audience is not the one it expects.
		await expect(page.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'fail');
	});

	test('recognises an uncatalogued message by its kind, and says the row passes here', async ({
		page
	}) => {
		await page.goto('/');
		await pasteToken(page, hs256({ sub: 'user_1', exp: seconds(Date.now()) + 3600 }, 'a secret'));
		await settled(page);
		await page
			.getByLabel('Error message', { exact: true })
			.fill('GatewayX 401: the bearer token has expired');

		const result = page.locator('[data-error-recognised]');
		await expect(result).toHaveAttribute('data-error-recognised', 'expired');
		await expect(result.locator('ul[data-error-by="kind"]')).toBeVisible();
		await expect(result.locator('[data-error-library]')).toHaveCount(0);
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-error-match', 'true');
		// The token has not expired at this page's clock: the message and the page disagree, and it says so.
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'pass');
		await expect(result.locator('[data-error-note="passes-here"]')).toHaveAttribute(
			'data-error-note-check',
			'exp'
		);
	});

	test('says an unknown message is not recognised, and marks no row', async ({ page }) => {
		await page.goto('/');
		await pasteToken(page, hs256({ sub: 'user_1' }, 'a secret'));
		await settled(page);
		await page
			.getByLabel('Error message', { exact: true })
			.fill('Error: ECONNRESET socket hang up');

		const result = page.locator('[data-error-recognised]');
		await expect(result).toHaveAttribute('data-error-recognised', 'none');
		await expect(result).toContainText('Not recognised');
		await expect(page.locator('[data-error-match]')).toHaveCount(0);
	});
});

/** An issuer on this machine: discovery and JWKS over node:http, with or without a CORS header. */
async function startIssuer(options: { cors: boolean }) {
	const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'local-1', use: 'sig', alg: 'RS256' };
	const requests: string[] = [];
	const server = createServer((request, response) => {
		requests.push(request.url ?? '');
		const headers: Record<string, string> = { 'content-type': 'application/json' };
		if (options.cors) headers['access-control-allow-origin'] = '*';
		const body =
			request.url === '/.well-known/openid-configuration'
				? { issuer: origin, jwks_uri: `${origin}/keys` }
				: request.url === '/keys'
					? { keys: [jwk] }
					: undefined;
		response.writeHead(body ? 200 : 404, headers);
		response.end(body ? JSON.stringify(body) : '{}');
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	/** An RS256 token from this issuer, signed with its key. */
	const sign = (claims: Record<string, unknown>) => {
		const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
		const input = `${encode({ alg: 'RS256', typ: 'JWT', kid: 'local-1' })}.${encode(claims)}`;
		return `${input}.${cryptoSign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
	};
	const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return { origin, requests, sign, close };
}

test.describe('Fetch issuer keys', () => {
	test('fetches only on click, fills the key field, and the signature then passes', async ({
		page,
		allowOrigin
	}) => {
		const issuer = await startIssuer({ cors: true });
		try {
			allowOrigin(issuer.origin);
			const now = seconds(Date.now());
			await page.goto('/');
			await pasteToken(
				page,
				issuer.sign({ iss: issuer.origin, sub: 'user_1', iat: now, exp: now + 3600 })
			);
			await settled(page);
			await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'skip');
			// Pasting a token with an iss fetches nothing: only the click does.
			expect(issuer.requests).toEqual([]);

			await page.getByRole('button', { name: 'Fetch issuer keys' }).click();

			const result = page.locator('[data-issuer-keys]');
			await expect(result).toHaveAttribute('data-issuer-keys', 'ok');
			await expect(result.locator('[data-jwks-url]')).toHaveText(`${issuer.origin}/keys`);
			await expect(result.locator('[data-discovery-url]')).toHaveText(
				`${issuer.origin}/.well-known/openid-configuration`
			);
			await expect(page.getByLabel('Verification key')).toHaveValue(/"kid": "local-1"/);
			await settled(page);
			await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'pass');
			expect(issuer.requests).toEqual(['/.well-known/openid-configuration', '/keys']);
		} finally {
			await issuer.close();
		}
	});

	// Issue 13, break 6: an attacker who runs an issuer names it in the token's iss; its keys verify the token.
	// Keys discovered from the token's own iss count only once the Expected issuer names that issuer.
	test('keys from the token’s own issuer make no valid token until the Expected issuer names it', async ({
		page,
		allowOrigin
	}) => {
		const issuer = await startIssuer({ cors: true });
		try {
			allowOrigin(issuer.origin);
			const now = seconds(Date.now());
			await page.goto('/');
			await pasteToken(
				page,
				issuer.sign({ iss: issuer.origin, sub: 'user_1', iat: now, exp: now + 3600 })
			);
			await settled(page);
			await page.getByRole('button', { name: 'Fetch issuer keys' }).click();
			await expect(page.locator('[data-issuer-keys]')).toHaveAttribute('data-issuer-keys', 'ok');

			const iss = page.locator('[data-check="iss"]');
			await expect(iss).toHaveAttribute('data-code', 'iss.key-from-token-issuer');
			await expectVerdict(page, 'unverified');
			await expect(iss).toHaveAttribute('data-status', 'warn');
			await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'pass');

			await page.getByLabel('Expected issuer', { exact: true }).fill(issuer.origin);
			await expect(iss).toHaveAttribute('data-code', 'iss.ok');
			await expectVerdict(page, 'valid');
		} finally {
			await issuer.close();
		}
	});

	test('reads a typed JWKS URL directly', async ({ page, allowOrigin }) => {
		const issuer = await startIssuer({ cors: true });
		try {
			allowOrigin(issuer.origin);
			await page.goto('/');
			await pasteToken(page, issuer.sign({ sub: 'user_1', exp: seconds(Date.now()) + 3600 }));
			await page.getByLabel('JWKS URL').fill(`${issuer.origin}/keys`);
			expect(issuer.requests).toEqual([]);
			await page.getByRole('button', { name: 'Fetch issuer keys' }).click();

			await expect(page.locator('[data-issuer-keys]')).toHaveAttribute('data-issuer-keys', 'ok');
			await settled(page);
			await expect(page.locator('[data-check="signature"]')).toHaveAttribute('data-status', 'pass');
			expect(issuer.requests).toEqual(['/keys']);
		} finally {
			await issuer.close();
		}
	});

	test('a server without a CORS header gets a clear message and the advice to paste', async ({
		page,
		allowOrigin,
		allowConsoleError
	}) => {
		const issuer = await startIssuer({ cors: false });
		try {
			allowOrigin(issuer.origin);
			// The browser itself logs the refused reads; those, and only those, are expected here.
			allowConsoleError(/CORS policy|net::ERR_FAILED/);
			await page.goto('/');
			await pasteToken(page, issuer.sign({ iss: issuer.origin, exp: seconds(Date.now()) + 3600 }));
			await settled(page);
			await page.getByRole('button', { name: 'Fetch issuer keys' }).click();

			const result = page.locator('[data-issuer-keys]');
			await expect(result).toHaveAttribute('data-issuer-keys', 'network');
			await expect(result).toContainText('CORS');
			await expect(result).toContainText('Paste the issuer’s JWKS');
			await expect(page.getByLabel('Verification key')).toHaveValue('');
		} finally {
			await issuer.close();
		}
	});

	test('never fetches a jku header URL, nor anything before a click', async ({
		page,
		allowOrigin
	}) => {
		const issuer = await startIssuer({ cors: true });
		try {
			allowOrigin(issuer.origin);
			const token = hs256({ sub: 'user_1' }, 'a secret', {
				alg: 'HS256',
				jku: `${issuer.origin}/keys`,
				x5u: `${issuer.origin}/cert`
			});
			await page.goto('/');
			await pasteToken(page, token);
			await settled(page);
			// No iss: the button explains instead of following the header.
			await page.getByRole('button', { name: 'Fetch issuer keys' }).click();
			await expect(page.locator('[data-issuer-keys]')).toHaveAttribute(
				'data-issuer-keys',
				'no-source'
			);
			expect(issuer.requests).toEqual([]);
		} finally {
			await issuer.close();
		}
	});
});

test.describe('What common verifiers would do', () => {
	test.use({ timezoneId: 'UTC' });
	const EXP = new Date('2026-03-10T09:00:00Z');

	test('a token expired by 30 s: the 5-minute and 60 s skews accept, the zero-leeway libraries reject', async ({
		page
	}) => {
		const secret = 'verifier-table-secret-'.padEnd(48, 'x');
		const claims = {
			iss: 'https://auth.example.com/',
			aud: 'api://orders',
			sub: 'user_1',
			iat: seconds(EXP) - 600,
			exp: seconds(EXP)
		};
		await page.goto('/');
		await page.getByLabel('Verification key').fill(secret);
		await page.getByLabel('Expected audience').fill('api://orders');
		await page.getByLabel('Expected issuer').fill('https://auth.example.com/');
		await pasteToken(page, hs256(claims, secret));
		// Judge 30 s after exp, pinned so the answer cannot drift while the test runs.
		await page.getByLabel('Pinned', { exact: true }).check();
		await page
			.getByLabel(/^Pinned date and time/)
			.fill(new Date(EXP.getTime() + 30_000).toISOString().slice(0, 19));
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'fail');
		await settled(page);

		const table = page.locator('[data-verifiers]');
		const row = (id: string) => table.locator(`[data-verifier="${id}"]`);
		await expect(row('identitymodel')).toHaveAttribute('data-accepts', 'yes');
		await expect(row('spring-security')).toHaveAttribute('data-accepts', 'yes');
		await expect(row('jsonwebtoken')).toHaveAttribute('data-accepts', 'no');
		await expect(row('jsonwebtoken')).toContainText('Expired: 30 s ago');
		await expect(row('pyjwt')).toHaveAttribute('data-accepts', 'no');
		await expect(row('golang-jwt')).toHaveAttribute('data-accepts', 'no');
	});

	test('without a key, the verifiers cannot tell', async ({ page }) => {
		await page.goto('/');
		await pasteToken(page, hs256({ sub: 'user_1', exp: seconds(Date.now()) + 3600 }, 'a secret'));
		await settled(page);
		await expect(page.locator('[data-verifier="jsonwebtoken"]')).toHaveAttribute(
			'data-accepts',
			'unknown'
		);
		await expect(page.locator('[data-verifier="jsonwebtoken"]')).toContainText(
			'signature was not verified'
		);
	});
});
