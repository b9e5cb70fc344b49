// SAML through inspect(): a hand-written response (the shape of SAML 2.0 Core §3.2.2 and Profiles §4.1.4.2,
// prefixes as Okta and Entra ID write them) pasted raw, as base64, URL-encoded, and DEFLATE + base64.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectAt, NOW, row } from '$lib/testing/fixtures';
import { scanXml } from './xml-scan';

const at = (offsetSeconds: number) =>
	new Date(NOW.getTime() + offsetSeconds * 1000).toISOString().replace('.000Z', 'Z');

function response(
	options: { notOnOrAfter?: string; notBefore?: string; signed?: boolean; doctype?: boolean } = {}
) {
	const { notOnOrAfter = at(300), notBefore = at(-60), signed = true, doctype = false } = options;
	return `<?xml version="1.0" encoding="UTF-8"?>${doctype ? '<!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>' : ''}
<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"
    ID="_r1" Version="2.0" IssueInstant="${at(-5)}" Destination="https://sp.example.com/acs" InResponseTo="_req42">
  <saml:Issuer>https://idp.example.org/</saml:Issuer>
  <samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>
  <saml:Assertion ID="_a1" Version="2.0" IssueInstant="${at(-5)}">
    <saml:Issuer>https://idp.example.org/</saml:Issuer>
    ${signed ? '<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignedInfo/><ds:SignatureValue>AAAA</ds:SignatureValue></ds:Signature>' : ''}
    <saml:Subject>
      <saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">alice&#64;example.com</saml:NameID>
      <saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">
        <saml:SubjectConfirmationData NotOnOrAfter="${notOnOrAfter}" Recipient="https://sp.example.com/acs" InResponseTo="_req42"/>
      </saml:SubjectConfirmation>
    </saml:Subject>
    <saml:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}">
      <saml:AudienceRestriction><saml:Audience>https://sp.example.com/metadata</saml:Audience></saml:AudienceRestriction>
    </saml:Conditions>
    <!-- a comment <saml:Audience>not this</saml:Audience> -->
  </saml:Assertion>
</samlp:Response>`;
}

const field = (report: Awaited<ReturnType<typeof inspectAt>>, name: string) =>
	report.formatDecoded?.fields.filter((f) => f.name === name).map((f) => f.value);
const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

describe('SAML responses', () => {
	it.each([
		['raw XML', (xml: string) => xml],
		['base64 (HTTP-POST)', b64],
		['URL-encoded base64', (xml: string) => encodeURIComponent(b64(xml))],
		['DEFLATE + base64 (HTTP-Redirect)', (xml: string) => deflateRawSync(xml).toString('base64')]
	])('reads one pasted as %s', async (_, encode) => {
		const report = await inspectAt({ token: encode(response()) });
		expect(report.format).toBe('saml');
		expect(row(report, 'structure').code).toBe('structure.saml-response');
		expect(row(report, 'structure').status).toBe('fail');
		expect(report.verdict).toBe('invalid');
		expect(field(report, 'Response Issuer')).toEqual(['https://idp.example.org/']);
		expect(field(report, 'Assertion Issuer')).toEqual(['https://idp.example.org/']);
		expect(field(report, 'Audience')).toEqual(['https://sp.example.com/metadata']);
		expect(field(report, 'Subject NameID')).toEqual(['alice@example.com']);
		expect(field(report, 'Response Destination')).toEqual(['https://sp.example.com/acs']);
		expect(field(report, 'SubjectConfirmationData Recipient')).toEqual([
			'https://sp.example.com/acs'
		]);
		expect(field(report, 'Response InResponseTo')).toEqual(['_req42']);
		expect(field(report, 'Signature element')).toEqual(['on the Assertion']);
		expect(row(report, 'exp').code).toBe('exp.ok');
		expect(row(report, 'nbf').code).toBe('nbf.ok');
		expect(row(report, 'iat').code).toBe('iat.ok');
	});

	it('fails exp when NotOnOrAfter has passed, and warns within the leeway', async () => {
		const token = response({ notOnOrAfter: at(-30) });
		expect(row(await inspectAt({ token }), 'exp').code).toBe('exp.expired');
		expect(row(await inspectAt({ token, leewaySeconds: 60 }), 'exp').code).toBe(
			'exp.within-leeway'
		);
	});

	it('fails nbf when NotBefore is in the future', async () => {
		const report = await inspectAt({ token: response({ notBefore: at(3600) }) });
		expect(row(report, 'nbf').code).toBe('nbf.future');
	});

	it('says when there is no Signature element', async () => {
		const report = await inspectAt({ token: response({ signed: false }) });
		expect(field(report, 'Signature element')).toEqual(['none']);
	});

	it('names a DOCTYPE and expands none of its entities', async () => {
		const report = await inspectAt({ token: response({ doctype: true }) });
		expect(row(report, 'structure').code).toBe('structure.saml-doctype');
	});

	it('reads a bare assertion and an encrypted one', async () => {
		const assertion = response()
			.match(/<saml:Assertion[\s\S]*<\/saml:Assertion>/)![0]!
			.replace(
				'<saml:Assertion',
				'<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"'
			);
		const bare = await inspectAt({ token: assertion });
		expect(row(bare, 'structure').code).toBe('structure.saml-assertion');
		const encrypted = response().replace(
			/<saml:Assertion[\s\S]*<\/saml:Assertion>/,
			'<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#"/></saml:EncryptedAssertion>'
		);
		expect(row(await inspectAt({ token: encrypted }), 'structure').code).toBe(
			'structure.saml-encrypted'
		);
	});

	it.each([2, 4])(
		'reads one whose text has %i dots (the shape of a JWS, of a JWE)',
		async (dots) => {
			const issuer = `idp${'.example'.repeat(dots)}`;
			const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2:protocol"><saml:Issuer>${issuer}</saml:Issuer></samlp:Response>`;
			expect(xml.split('.').length - 1).toBe(dots);
			expect((await inspectAt({ token: xml })).format).toBe('saml');
		}
	);

	it('leaves XML that is not SAML, and base64 that is not XML, to the other readers', async () => {
		expect((await inspectAt({ token: '<html><body>hi</body></html>' })).format).not.toBe('saml');
		expect((await inspectAt({ token: b64('just some text, not xml at all') })).format).not.toBe(
			'saml'
		);
	});
});

describe('the XML scanner under hostile input', () => {
	it('names a 5 MB SAML-looking value too large, fast', async () => {
		const token = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'<a x="'.repeat(900_000)}`;
		const started = performance.now();
		const report = await inspectAt({ token });
		expect(performance.now() - started).toBeLessThan(5000);
		expect(row(report, 'structure').code).toBe('structure.saml-too-large');
	});

	// Each is a few linear passes (about 0.3–1.3 s on this shared machine, eight builds at once); the bound is
	// generous for load, and far below what a scan that restarted per tag would take.
	it('names a 5 MB base64 SAML message too large, and passes over 5 MB of other base64, fast', async () => {
		const big = b64(
			`<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${'<a/>'.repeat(940_000)}`
		);
		let started = performance.now();
		expect(row(await inspectAt({ token: big }), 'structure').code).toBe('structure.saml-too-large');
		expect(performance.now() - started).toBeLessThan(5000);
		started = performance.now();
		expect((await inspectAt({ token: 'QUJD'.repeat(1_300_000) })).format).not.toBe('saml');
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it.each([
		['deep nesting', '<a>'.repeat(330_000)],
		['unterminated attributes', '<a x="'.repeat(160_000)],
		['unclosed names', '<a'.repeat(490_000) + ' >'],
		['comment openers', '<!--'.repeat(240_000)],
		['entity references', `<a>${'&lt;&#x41;&bogus;'.repeat(55_000)}</a>`]
	])('scans %s within its 1 MB bound in linear time', (_, body) => {
		const xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">${body}`;
		const started = performance.now();
		scanXml(xml, { open: () => undefined, text: () => undefined });
		expect(performance.now() - started).toBeLessThan(500);
	});

	it('stops at its depth bound', () => {
		expect(scanXml('<a>'.repeat(100), { open: () => undefined, text: () => undefined })).toBe(
			'too-deep'
		);
	});
});
