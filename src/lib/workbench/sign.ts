// Signs a test token from the Header (JSON) and Payload (JSON) texts, the chosen algorithm and the Signing key.
// Pure TypeScript over jose and WebCrypto, tested in Node: what it returns is plain data, a token (or none) with
// the findings that explain it. A weak secret is signed with a warning (an API under test may use one); "none",
// a key that does not fit the algorithm, or a public key as an HMAC secret are refused, never signed silently.
import { CompactSign } from 'jose';
import { ALGORITHMS } from '$lib/core/algorithms';
import { weakSecretReason } from '$lib/core/keys/weak-secrets';
import { isJsonObject, readStrictJson } from '$lib/core/token/json';
import type { KeyEncoding } from '$lib/core/types';
import { quoted } from '$lib/core/text';
import type { SignFinding, SigningAlgorithm } from './codes';
import { readSigningKey } from './signing-key';

export { SIGNING_ALGORITHMS, isSigningAlgorithm } from './codes';
export type { SignCode, SignFinding, SigningAlgorithm } from './codes';

export interface SignInput {
	header: string;
	payload: string;
	alg: SigningAlgorithm;
	key: string;
	/** How an HMAC secret is written; 'auto' reads it as UTF-8, as the Verification key does. */
	encoding: KeyEncoding;
}

export interface SignResult {
	/** The compact JWS, present exactly when no finding is an error. */
	token?: string;
	findings: SignFinding[];
}

/** Signs the header and payload with the key, or says why not. */
export async function signToken(input: SignInput): Promise<SignResult> {
	const findings: SignFinding[] = [];
	const header = readObject(input.header, 'sign.header-json', 'header', findings);
	const payload = readObject(input.payload, 'sign.payload-json', 'payload', findings);
	if (header) checkHeaderAlg(header, input.alg, findings);
	const key = await readSigningKey(input.key, input.encoding, input.alg);
	if (!key.ok) findings.push(key.finding);
	else if (key.secret) findings.push(...secretWarnings(key.secret, input.alg));
	if (!header || !payload || !key.ok || findings.some((f) => f.severity === 'error'))
		return { findings };
	// RFC 7515 §4.1.1: "alg" is a protected header parameter; the chosen algorithm is written into it.
	const protectedHeader = { ...header, alg: input.alg };
	const body = new TextEncoder().encode(JSON.stringify(payload));
	try {
		const token = await new CompactSign(body).setProtectedHeader(protectedHeader).sign(key.key);
		return { token, findings };
	} catch (error) {
		// jose checks the header as RFC 7515 does (a "crit" it does not know, "b64" without "crit"): say so.
		if (!(error instanceof Error)) throw error;
		findings.push({
			code: 'sign.header-json',
			severity: 'error',
			message: `jose refused to sign this header: ${error.message}`
		});
		return { findings };
	}
}

function readObject(
	text: string,
	code: 'sign.header-json' | 'sign.payload-json',
	what: 'header' | 'payload',
	findings: SignFinding[]
): Record<string, unknown> | undefined {
	const json = readStrictJson(text);
	if (!json.ok) {
		findings.push({
			code,
			severity: 'error',
			message: `The ${what} is not JSON: ${json.error.message}`
		});
		return undefined;
	}
	// RFC 7515 §4 and RFC 7519 §4: names must be unique, and a duplicate is read by most parsers as the last
	// value only; the token is signed with that one, and the user is told.
	for (const issue of json.issues)
		findings.push({ code, severity: 'warning', message: `The ${what}: ${issue.message}` });
	// RFC 7515 §4 (the header) and RFC 7519 §7.2 step 10 (the claims set) are JSON objects.
	if (!isJsonObject(json.value)) {
		findings.push({
			code,
			severity: 'error',
			message: `The ${what} must be a JSON object ({ … }).`
		});
		return undefined;
	}
	return json.value;
}

function checkHeaderAlg(
	header: Record<string, unknown>,
	alg: SigningAlgorithm,
	findings: SignFinding[]
): void {
	if (!Object.hasOwn(header, 'alg') || header.alg === alg) return;
	if (typeof header.alg === 'string' && header.alg.toLowerCase() === 'none') {
		// RFC 7518 §3.6: an unsecured JWS has no signature; RFC 8725 §3.2 asks verifiers to refuse it, and a
		// test token that one accepts would only prove the API is broken.
		findings.push({
			code: 'sign.alg-none',
			severity: 'error',
			message:
				'The header asks for "alg": "none", an unsecured token with no signature (RFC 7518 §3.6). This page signs tokens; it does not make unsigned ones, which verifiers must refuse (RFC 8725 §3.2). Choose an algorithm.'
		});
		return;
	}
	findings.push({
		code: 'sign.alg-differs',
		severity: 'error',
		message: `The header says "alg": ${typeof header.alg === 'string' ? quoted(header.alg) : 'a non-string'}, and the Algorithm chosen is ${alg}. Choose one: pick the algorithm, and the header follows.`
	});
}

/** The secret-strength row's rules (RFC 7518 §3.2, RFC 8725 §3.5), told before the token is used. */
function secretWarnings(secret: Uint8Array, alg: SigningAlgorithm): SignFinding[] {
	const out: SignFinding[] = [];
	const needed = ALGORITHMS[alg]!.hashBytes;
	if (secret.length < needed)
		out.push({
			code: 'sign.secret-short',
			severity: 'warning',
			message: `The secret is ${secret.length} byte${secret.length === 1 ? '' : 's'}; ${alg} needs at least ${needed} (RFC 7518 §3.2). Signed anyway for testing, but strict verifiers (jjwt, Nimbus) reject it, and a real one must be random.`
		});
	const reason = weakSecretReason(secret, alg);
	if (reason)
		out.push({
			code: 'sign.secret-weak',
			severity: 'warning',
			message: `${reason[0]!.toUpperCase()}${reason.slice(1)}: anyone with a word list can sign tokens with it (RFC 8725 §3.5). Signed anyway for testing; never use it for real.`
		});
	return out;
}
