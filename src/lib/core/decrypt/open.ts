// What a decrypted JWE holds, read as the token the rest of the core judges (issue 19, item 4): a nested JWT
// ("cty": "JWT", RFC 7519 §5.2, §11.2) is read as if it had been pasted; a claims set becomes the JWE's claims;
// anything else is its payload (text or binary). The JWE layer itself is described beside it (JweLayerView).
import type { JweLayerView } from '../types';
import type { ParsedToken } from '../token/parse';
import { parseToken } from '../token/parse';
import { utf8TextOf } from '../token/utf8';
import { isJsonObject, readStrictJson } from '../token/json';
import type { Decryption } from './decrypt';

/** A compact JWS or JWE: base64url parts separated by dots (RFC 7515 §7.1, RFC 7516 §7.1). */
const COMPACT = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/;

/** The token inside a decrypted JWE and the JWE layer's description. */
export function openJwe(
	outer: ParsedToken,
	decryption: Decryption & { plaintext: Uint8Array }
): { token: ParsedToken; layer: JweLayerView } {
	const text = utf8TextOf(decryption.plaintext);
	const cty = decryption.cty?.toUpperCase();
	// RFC 7519 §5.2: "cty": "JWT" marks a nested JWT; a compact token without it is read as one too, as verifiers do.
	const nested = text !== undefined && (cty === 'JWT' || COMPACT.test(text.trim()));
	let token: ParsedToken;
	let content: JweLayerView['content'];
	if (nested) {
		token = parseToken(text);
		content = 'jwt';
	} else {
		const json = text !== undefined ? readStrictJson(text) : undefined;
		const claims = json?.ok && isJsonObject(json.value) ? json.value : undefined;
		content = claims ? 'claims' : text !== undefined ? 'text' : 'binary';
		token = {
			...outer,
			...(claims ? { claims } : {}),
			view: {
				...outer.view,
				payloadKind: content,
				...(claims ? { claims } : {}),
				...(text !== undefined ? { payloadText: text } : {}),
				payloadBytes: decryption.plaintext.length
			}
		};
	}
	const { view } = outer;
	return {
		token,
		layer: {
			...(decryption.alg ? { alg: decryption.alg } : {}),
			...(decryption.enc ? { enc: decryption.enc } : {}),
			...(decryption.kid !== undefined ? { kid: decryption.kid } : {}),
			...(decryption.zip ? { zip: decryption.zip } : {}),
			...(decryption.cty ? { cty: decryption.cty } : {}),
			header: outer.header ?? {},
			headerJson: view.headerJson ?? '',
			content,
			normalized: view.normalized,
			segments: view.segments,
			removed: view.removed
		}
	};
}
