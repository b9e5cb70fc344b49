// What a SAML message says, read with the bounded XML scanner: the fields the page shows and the instants the
// time rows judge. Element and attribute names are SAML 2.0 Core's (§2.2.3 NameID, §2.3.3 Assertion, §2.4
// Subject and SubjectConfirmationData, §2.5 Conditions and AudienceRestriction, §3.2.2 Response), matched by
// local name so any namespace prefix reads the same.
import { scanXml, type XmlElement, type XmlScanEnd } from './xml-scan';

/** The messages read: a protocol response or a bare assertion (SAML 1.1's Response too, by local name). */
const ROOTS = new Set(['Response', 'Assertion']);
// Elements whose text is a field, and the field's name.
const TEXT_FIELDS: Record<string, string> = {
	Issuer: 'Issuer',
	Audience: 'Audience',
	NameID: 'Subject NameID'
};
const MAX_FIELDS = 40;

export interface SamlReading {
	root: 'Response' | 'Assertion';
	fields: Array<{ name: string; value: string }>;
	instants: Array<{ claim: 'exp' | 'nbf' | 'iat'; label: string; value: string }>;
	/** Where a ds:Signature sits: "Response", "Assertion". */
	signedOn: string[];
	encrypted: boolean;
	hasAssertion: boolean;
	end: XmlScanEnd;
}

/** The SAML message in `xml`, or undefined when its root is not a SAML Response or Assertion. */
export function samlReadingOf(xml: string): SamlReading | undefined {
	let reading: SamlReading | undefined;
	let capture: { name: string; value: string } | undefined;
	const field = (name: string, value: string | undefined) => {
		if (value !== undefined && reading && reading.fields.length < MAX_FIELDS)
			reading.fields.push({ name, value });
	};
	const open = (element: XmlElement) => {
		capture = undefined;
		const { name, attributes: a, path } = element;
		if (path.length === 0) {
			// The root names the message and declares the SAML namespace (urn:oasis:names:tc:SAML:…).
			const saml = Object.values(a).some((v) => v.startsWith('urn:oasis:names:tc:SAML:'));
			if (!reading && ROOTS.has(name) && saml) {
				reading = {
					root: name as SamlReading['root'],
					fields: [],
					instants: [],
					signedOn: [],
					encrypted: false,
					hasAssertion: name === 'Assertion',
					end: 'complete'
				};
				field(`${name} Destination`, a.Destination);
				field(`${name} InResponseTo`, a.InResponseTo);
			}
			if (reading && a.IssueInstant !== undefined && name === 'Assertion')
				reading.instants.push({
					claim: 'iat',
					label: 'Assertion IssueInstant',
					value: a.IssueInstant
				});
			return;
		}
		if (!reading) return;
		const parent = path[path.length - 1];
		if (name === 'Assertion') {
			reading.hasAssertion = true;
			if (a.IssueInstant !== undefined)
				reading.instants.push({
					claim: 'iat',
					label: 'Assertion IssueInstant',
					value: a.IssueInstant
				});
		}
		if (name === 'EncryptedAssertion') reading.encrypted = true;
		if (name === 'Signature' && parent && !reading.signedOn.includes(parent))
			reading.signedOn.push(parent);
		if (name === 'StatusCode' && parent === 'Status') field('Status', a.Value);
		if (name === 'NameID' && a.Format !== undefined) field('NameID Format', a.Format);
		if (name === 'Conditions' || name === 'SubjectConfirmationData') {
			if (a.NotBefore !== undefined)
				reading.instants.push({ claim: 'nbf', label: `${name} NotBefore`, value: a.NotBefore });
			if (a.NotOnOrAfter !== undefined)
				reading.instants.push({
					claim: 'exp',
					label: `${name} NotOnOrAfter`,
					value: a.NotOnOrAfter
				});
			field(`${name} NotBefore`, a.NotBefore);
			field(`${name} NotOnOrAfter`, a.NotOnOrAfter);
			field(`${name} Recipient`, a.Recipient);
			field(`${name} InResponseTo`, a.InResponseTo);
		}
		// An Issuer inside a Signature's KeyInfo (X509IssuerName is another name) is not the message's.
		const label = TEXT_FIELDS[name];
		if (label && !path.includes('Signature') && reading.fields.length < MAX_FIELDS) {
			// A response and its assertion each name their issuer: which one is said.
			capture = { name: name === 'Issuer' ? `${parent} Issuer` : label, value: '' };
			reading.fields.push(capture);
		}
	};
	const end = scanXml(xml, {
		open,
		text(content) {
			if (capture) capture.value = (capture.value + content).slice(0, 4096);
		}
	});
	if (!reading) return undefined;
	for (const f of reading.fields) f.value = f.value.trim();
	reading.fields = reading.fields.filter((f) => f.value !== '');
	reading.end = end;
	return reading;
}
