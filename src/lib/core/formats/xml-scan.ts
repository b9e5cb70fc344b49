// A small XML scanner for the SAML reader: the core runs in a Web Worker, where there is no DOMParser. It is
// bounded and safe by construction: one forward pass (every search starts where the last ended, so the time is
// linear in the input), a cap on the input's length and on the nesting depth, and no entity expansion: only
// XML's five predefined entities and character references are decoded (XML 1.0 §4.6, §4.1); a DOCTYPE is
// skipped, never read, so no entity it declares is ever expanded ("billion laughs", XXE). Names keep their
// prefix out: elements and attributes are matched by local name (Namespaces in XML 1.0 §4), whatever prefix
// the issuer chose ("saml:", "saml2:", none). It reads, it does not validate: well-formedness is not checked.

/** The longest input scanned, in characters: a SAML response is a few KB to a few hundred. */
export const MAX_XML_CHARS = 1_000_000;
/** The deepest nesting followed: a SAML response nests about ten levels. */
export const MAX_XML_DEPTH = 64;

/** One element as the scanner saw its start tag. */
export interface XmlElement {
	/** The local name: the name without its namespace prefix. */
	name: string;
	/** Attributes by local name, values with entities decoded. */
	attributes: Record<string, string>;
	/** The local names of the enclosing elements, outermost first. */
	path: readonly string[];
}

export interface XmlVisitor {
	open(element: XmlElement): void;
	/** Character data directly inside the innermost open element (CDATA included), entities decoded. */
	text(content: string, path: readonly string[]): void;
}

/** How the scan ended: `complete`, or why it stopped early. */
export type XmlScanEnd = 'complete' | 'too-long' | 'too-deep' | 'unterminated' | 'doctype';

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Text with XML's predefined entities and character references decoded; any other reference kept as written. */
export function decodeEntities(text: string): string {
	if (!text.includes('&')) return text;
	return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,4});/g, (whole, ref: string) => {
		if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
		const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
		return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);
const NAME_END = /[\s/>]/g;
// One attribute: a name, "=", a quoted value. Sticky, so each match starts where the last ended.
const ATTRIBUTE = /\s*([^\s=/><]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;

/** Scans `xml` once, calling the visitor for each start tag and each piece of text, and says how it ended. */
export function scanXml(xml: string, visitor: XmlVisitor): XmlScanEnd {
	if (xml.length > MAX_XML_CHARS) return 'too-long';
	const path: string[] = [];
	let doctype = false;
	let at = 0;
	while (at < xml.length) {
		const lt = xml.indexOf('<', at);
		const textEnd = lt === -1 ? xml.length : lt;
		if (textEnd > at && path.length > 0) {
			const text = xml.slice(at, textEnd);
			if (text.trim() !== '') visitor.text(decodeEntities(text), path);
		}
		if (lt === -1) break;
		if (xml.startsWith('<!--', lt)) {
			const end = xml.indexOf('-->', lt + 4);
			if (end === -1) return 'unterminated';
			at = end + 3;
		} else if (xml.startsWith('<![CDATA[', lt)) {
			const end = xml.indexOf(']]>', lt + 9);
			if (end === -1) return 'unterminated';
			if (path.length > 0) visitor.text(xml.slice(lt + 9, end), path);
			at = end + 3;
		} else if (xml.startsWith('<?', lt)) {
			const end = xml.indexOf('?>', lt + 2);
			if (end === -1) return 'unterminated';
			at = end + 2;
		} else if (xml.startsWith('<!', lt)) {
			// A DOCTYPE (with or without an internal subset) is skipped unread; SAML forbids one (SAML 2.0
			// Bindings, and every SAML library rejects a DTD), so the caller is told it was there.
			doctype = true;
			const subset = xml.indexOf('[', lt);
			const close = xml.indexOf('>', lt);
			if (close === -1) return 'unterminated';
			const end = subset !== -1 && subset < close ? xml.indexOf(']', subset) : close;
			if (end === -1) return 'unterminated';
			const after = xml.indexOf('>', end);
			if (after === -1) return 'unterminated';
			at = after + 1;
		} else if (xml[lt + 1] === '/') {
			const end = xml.indexOf('>', lt + 2);
			if (end === -1) return 'unterminated';
			path.pop();
			at = end + 1;
		} else {
			NAME_END.lastIndex = lt + 1;
			const nameEnd = NAME_END.exec(xml)?.index ?? xml.length;
			const name = localName(xml.slice(lt + 1, nameEnd));
			const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
			ATTRIBUTE.lastIndex = nameEnd;
			let cursor = nameEnd;
			for (let m = ATTRIBUTE.exec(xml); m; m = ATTRIBUTE.exec(xml)) {
				attributes[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? '');
				cursor = ATTRIBUTE.lastIndex;
			}
			const end = xml.indexOf('>', cursor);
			if (end === -1) return 'unterminated';
			visitor.open({ name, attributes, path });
			if (xml[end - 1] !== '/') {
				if (path.length >= MAX_XML_DEPTH) return 'too-deep';
				path.push(name);
			}
			at = end + 1;
		}
	}
	return doctype ? 'doctype' : 'complete';
}
