// PASETO and SAML pasted into the Token field (issue 17, item 1): the report names the format, the decoded
// view shows what it holds (text, never markup), the time rows judge its window, and the page stays
// accessible, at a desktop and a phone size, light and dark.
import { PublicProtocol } from 'paseto';
import * as v4 from 'paseto/v4/public';
import { expect, test } from './fixtures';
import { pasteToken, reportOf, seriousViolations, settled } from './page-helpers';

// Screenshots for a person to look at, beside the other test output (SHOTS_DIR overrides).
const SHOTS = process.env.SHOTS_DIR ?? 'test-results/shots/i17-formats';
const iso = (offsetSeconds: number) =>
	new Date(Date.now() + offsetSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

async function paseto(): Promise<string> {
	const protocol = new PublicProtocol(v4.GenerateKeyPairFactory, v4.SignFactory);
	const { secretKey } = await protocol.GenerateKeyPair();
	return protocol.Sign(
		secretKey,
		{ sub: 'alice', iss: 'https://issuer.example', exp: iso(3600), nbf: iso(-60) },
		{ footer: new TextEncoder().encode('{"kid":"k4.pid.example"}'), addIssuedAt: false }
	);
}

// A response whose Issuer carries markup: it must be shown as text, never rendered.
const saml =
	() => `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r1" Version="2.0" IssueInstant="${iso(-5)}" Destination="https://sp.example.com/acs" InResponseTo="_req42">
  <saml:Issuer>https://idp.example.org/&lt;b data-injected&gt;x&lt;/b&gt;</saml:Issuer>
  <saml:Assertion ID="_a1" Version="2.0" IssueInstant="${iso(-5)}">
    <saml:Issuer>https://idp.example.org/</saml:Issuer>
    <saml:Subject><saml:NameID>alice@example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(-120)}" Recipient="https://sp.example.com/acs"/></saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="${iso(-600)}" NotOnOrAfter="${iso(-120)}"><saml:AudienceRestriction><saml:Audience>https://sp.example.com</saml:Audience></saml:AudienceRestriction></saml:Conditions>
  </saml:Assertion>
</samlp:Response>`;

for (const viewport of [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
]) {
	const size = `${viewport.width}x${viewport.height}`;

	test(`names a PASETO v4.public token and shows its payload at ${size}`, async ({ page }) => {
		// Axe twice and six screenshots on a shared machine: more than the default 30 s.
		test.slow();
		await page.setViewportSize(viewport);
		await page.goto('/');
		await pasteToken(page, await paseto());
		await settled(page);
		const report = reportOf(page);
		await expect(report).toHaveAttribute('data-format', 'paseto');
		await expect(report).toHaveAttribute('data-verdict', 'invalid');
		await expect(page.locator('[data-check="structure"]')).toHaveAttribute(
			'data-code',
			'structure.paseto-public'
		);
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-code', 'exp.ok');
		await expect(page.locator('[data-decoded="payload"]')).toContainText('"sub": "alice"');
		await expect(page.locator('[data-decoded="footer"]')).toContainText('k4.pid.example');
		await expect(page.locator('[data-format-field="Version"]')).toHaveText('v4');
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: `${SHOTS}/paseto-${size}-${colorScheme}.png`, fullPage: true });
			await page
				.locator('[data-format-decoded]')
				.screenshot({ path: `${SHOTS}/paseto-${size}-${colorScheme}-decoded.png` });
		}
	});

	test(`reads a SAML response, judges its window, shows markup as text at ${size}`, async ({
		page
	}) => {
		// Axe twice and six screenshots on a shared machine: more than the default 30 s.
		test.slow();
		await page.setViewportSize(viewport);
		await page.goto('/');
		await pasteToken(page, saml());
		await settled(page);
		const report = reportOf(page);
		await expect(report).toHaveAttribute('data-format', 'saml');
		await expect(page.locator('[data-check="structure"]')).toHaveAttribute(
			'data-code',
			'structure.saml-response'
		);
		await expect(page.locator('[data-check="exp"]')).toHaveAttribute('data-code', 'exp.expired');
		await expect(page.locator('[data-check="nbf"]')).toHaveAttribute('data-code', 'nbf.ok');
		await expect(page.locator('[data-format-field="Audience"]')).toHaveText(
			'https://sp.example.com'
		);
		await expect(page.locator('[data-format-field="Subject NameID"]')).toHaveText(
			'alice@example.com'
		);
		await expect(page.locator('[data-format-field="Signature element"]')).toHaveText('none');
		await expect(page.locator('[data-format-field="Response Issuer"]')).toContainText(
			'<b data-injected>'
		);
		await expect(page.locator('[data-injected]')).toHaveCount(0);
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			expect(await seriousViolations(page)).toEqual([]);
			await page.screenshot({ path: `${SHOTS}/saml-${size}-${colorScheme}.png`, fullPage: true });
			await page
				.locator('[data-format-decoded]')
				.screenshot({ path: `${SHOTS}/saml-${size}-${colorScheme}-decoded.png` });
			await page
				.locator('[data-token-editor]')
				.screenshot({ path: `${SHOTS}/saml-${size}-${colorScheme}-token.png` });
		}
	});
}
