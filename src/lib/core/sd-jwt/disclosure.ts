// Decodes one disclosure (RFC 9901 §4.2): base64url (no padding, the URL-safe alphabet) of a UTF-8 JSON array,
// `[salt, name, value]` for an object property (§4.2.1) or `[salt, value]` for an array element (§4.2.2).
import { decodeBase64url } from '../token/base64url';
import { readStrictJson } from '../token/json';
import { utf8TextOf } from '../token/utf8';

/** A decoded disclosure, or why it could not be read as one. */
export type DecodedDisclosure =
	| { kind: 'property'; salt: string; name: string; value: unknown }
	| { kind: 'element'; salt: string; value: unknown }
	| { kind: 'malformed'; reason: string };

/** Reads one disclosure's text; never throws on what a user can paste. */
export function decodeDisclosure(text: string): DecodedDisclosure {
	if (text === '') return { kind: 'malformed', reason: 'it is empty (two `~` in a row)' };
	const base64 = decodeBase64url(text);
	if (base64.faults.length > 0)
		return { kind: 'malformed', reason: `it is not base64url: ${base64.faults[0]!.message}` };
	const json = utf8TextOf(base64.bytes);
	if (json === undefined) return { kind: 'malformed', reason: 'it does not decode to UTF-8 text' };
	const read = readStrictJson(json);
	if (!read.ok) return { kind: 'malformed', reason: 'it does not decode to JSON' };
	const array = read.value;
	if (!Array.isArray(array))
		return { kind: 'malformed', reason: 'it decodes to JSON that is not an array' };
	// The salt is a string in both forms (§4.2.1, §4.2.2).
	if (typeof array[0] !== 'string')
		return { kind: 'malformed', reason: 'its first element, the salt, is not a string' };
	if (array.length === 2) return { kind: 'element', salt: array[0], value: array[1] };
	if (array.length !== 3)
		return {
			kind: 'malformed',
			reason: `it is an array of ${array.length} elements, not [salt, name, value] or [salt, value]`
		};
	const name = array[1];
	if (typeof name !== 'string')
		return { kind: 'malformed', reason: 'its second element, the claim name, is not a string' };
	// §4.2.1: "The claim name MUST NOT be _sd or ...": they would collide with the digest markers.
	if (name === '_sd' || name === '...')
		return {
			kind: 'malformed',
			reason: `its claim name is "${name}", which RFC 9901 §4.2.1 forbids`
		};
	return { kind: 'property', salt: array[0], name, value: array[2] };
}
