// The inspection core: takes what a user pasted and what their API expects, returns the whole diagnosis.
// Pure TypeScript over web-standard APIs (WebCrypto via jose, TextDecoder): it runs in Node, a browser and a
// Web Worker, imports nothing from the DOM, Svelte or CodeMirror, and never reads the clock.
import type {
	CheckResult,
	Finding,
	InspectInput,
	KeyEncoding,
	KeyInputView,
	Report,
	SignatureView,
	Verdict
} from './types';
import { CHECKS } from './checks/registry';
import type { CheckContext } from './checks/check';
import { readKey, type KeyInput } from './keys/read-key';
import { parseToken, type ParsedToken } from './token/parse';
import { verifySignature, type Verification } from './verify/verify-signature';
import { investigateFailure } from './verify/forensics';
import { parseScopes } from './checks/scope';
import { KEY_NOT_THE_USERS } from './key-origin';
import { normalizeLeeway } from './time/leeway';
import { detectProvider, type Provider } from './providers/index';
import { formatOf, recogniseFormat, type FormatCode, type FormatMatch } from './formats/index';
import { readSdJwt } from './sd-jwt/read';
import type { SdJwtView } from './sd-jwt/types';
import { readDecryptionKey, type DecryptionKeyInput } from './decrypt/decryption-key';
import { decryptToken, type Decryption } from './decrypt/decrypt';
import { openJwe } from './decrypt/open';
import type { JweLayerView } from './types';

export type * from './types';
export { CHECK_IDS } from './checks/registry';

/** Inspects a pasted token against the supplied key and expectations, reporting every check. */
export async function inspect(input: InspectInput): Promise<Report> {
	const nowMs = input.now.getTime();
	if (Number.isNaN(nowMs)) throw new TypeError('inspect: `now` must be a valid Date');
	const leeway = normalizeLeeway(input.leewaySeconds);
	let pasted = parseTokenCached(input.token);
	// A JWE is opened with the Decryption key (issue 19); what it holds is then judged as if it had been pasted.
	const decryptionKeys = readDecryptionKeyCached(input.decryptionKey ?? '');
	const { decryption, opened } =
		pasted.view.kind === 'jwe' ? await decryptCached(pasted, decryptionKeys) : {};
	let token = opened?.token ?? pasted;
	const keyEncoding = input.keyEncoding ?? 'auto';
	const keys = readKeyCached(input.key ?? '', keyEncoding);
	let verification = await verifySignature(token, keys);
	// A repaired token (input/repair.ts) whose signature fails with the user's key was not damaged on the way:
	// its issuer signed the text as it is (standard base64, padding), which RFC 7515 §2 forbids. It is judged as
	// pasted, so the structure row names that fault where it is, rather than a signature that "fails".
	if (
		!opened &&
		token.view.repaired &&
		!verification.verifiedBy &&
		verification.attempts.some((a) => a.outcome === 'failed')
	) {
		token = pasted = parseTokenCached(input.token, false);
		verification = await verifySignature(token, keys);
	}
	// Only a failed signature is investigated, and what is found never makes it pass.
	const forensics = await investigateFailure(token, keys, verification, {
		text: input.key ?? '',
		encoding: keyEncoding,
		read: readKeyCached
	});
	const { provider, format } = await readingOf(token);
	// What was pasted is named by its own reading: a JWE the Decryption key opened is still a JWE (issue 19).
	const pastedFormat = opened ? (await readingOf(pasted)).format : format;
	const sdJwt = await sdJwtOf(token);
	const context: CheckContext = {
		token,
		provider,
		...(format ? { format } : {}),
		...(sdJwt ? { sdJwt } : {}),
		keys,
		verification,
		now: nowMs / 1000,
		leeway,
		...(input.audience !== undefined ? { audience: input.audience } : {}),
		...(input.issuer !== undefined ? { issuer: input.issuer } : {}),
		...(input.subject !== undefined ? { subject: input.subject } : {}),
		...(input.keyFetchedFor ? { keyFetchedFor: input.keyFetchedFor } : {}),
		requiredScopes: parseScopes(input.requiredScopes),
		...(forensics ? { forensics } : {}),
		...(decryption ? { decryption } : {}),
		...(opened ? { sent: pasted.view.normalized } : {})
	};
	const checks: CheckResult[] = CHECKS.map((check) => {
		const outcome = check.run(context);
		const row = { id: check.id, title: check.title, spec: check.spec, ...outcome };
		// The spans of a nested token's rows are offsets into the plaintext, not into what was pasted: the editor
		// must not underline them there.
		return opened?.layer.content === 'jwt' ? withoutSpans(row) : row;
	});
	return {
		verdict: verdictOf(checks, verification, decryption, opened?.layer),
		checks,
		token: token.view,
		key: reportedKeyView(keys.view),
		signature: signatureView(verification),
		diagnostics: diagnosticsOf(checks),
		evaluatedAt: new Date(nowMs).toISOString(),
		leewaySeconds: leeway,
		provider,
		format: formatOf(pasted, pastedFormat),
		...(pastedFormat?.decoded ? { formatDecoded: pastedFormat.decoded } : {}),
		...(sdJwt ? { sdJwt } : {}),
		...(opened ? { jwe: opened.layer } : {}),
		...(decryptionKeys.view.kind !== 'none' ? { decryptionKey: decryptionKeys.view } : {})
	};
}

function withoutSpans(row: CheckResult): CheckResult {
	const { span: _span, findings, ...rest } = row;
	return {
		...rest,
		...(findings ? { findings: findings.map(({ span: _s, ...f }) => f) } : {})
	};
}

/**
 * `valid` only when a key the user supplied verified the signature and no check failed; `invalid` when any
 * check failed; otherwise `unverified`. A warning never makes a token invalid.
 */
export function verdictOf(
	checks: CheckResult[],
	verification: Verification,
	decryption?: Decryption,
	jwe?: JweLayerView
): Verdict {
	if (checks.some((c) => c.status === 'fail')) return 'invalid';
	// A token repaired by a guess (input/repair.ts) is not the token as issued, even when the guess verifies.
	if (checks.some((c) => c.id === 'structure' && c.code === 'structure.repair-guessed'))
		return 'unverified';
	// A JWE is valid only once opened (issue 19, item 4). A claims set inside it has no signature: it is the
	// issuer's only under a symmetric key management the user supplied, which authenticates like an HMAC; under
	// RSA-OAEP* or ECDH-ES* anyone holding the public key can make one (RFC 7516 §11.5, RFC 8725 §2.7).
	if (decryption && decryption.code !== 'decryption.decrypted') return 'unverified';
	if (jwe && jwe.content !== 'jwt')
		return jwe.content === 'claims' && decryption?.keyManagement?.authenticatesSender
			? 'valid'
			: 'unverified';
	const signature = checks.find((c) => c.id === 'signature');
	// Keys fetched by discovery count as the user's only when an issuer is expected and they came from it
	// (RFC 8725 §3.8, see checks/iss.ts): keys found from the token's own "iss" with no expected issuer are
	// the token's choice, as a "jku" is (§3.10), and never make it valid. The iss row says so and why.
	const iss = checks.find((c) => c.id === 'iss');
	if (iss && KEY_NOT_THE_USERS.has(iss.code)) return 'unverified';
	if (verification.verifiedBy && signature?.status === 'pass') return 'valid';
	return 'unverified';
}

/** The report lists this many keys (tried or passed over) and counts the rest: a JWK Set has no size limit. */
const MAX_REPORTED_KEYS = 8;

function signatureView(verification: Verification): SignatureView {
	// The key that verified is always listed, wherever it stands in the set.
	const listed = verification.attempts.filter(
		(a, i) => i < MAX_REPORTED_KEYS || a.outcome === 'verified'
	);
	const tried = listed.map((a) => ({
		label: a.candidate.view.label,
		outcome: a.outcome,
		...(a.reason !== undefined ? { reason: a.reason } : {})
	}));
	const more = verification.attempts.length - listed.length;
	return {
		attempted: verification.attempts.some((a) => a.outcome !== 'skipped'),
		...(verification.alg !== undefined ? { alg: verification.alg } : {}),
		...(verification.verifiedBy ? { verifiedWith: verification.verifiedBy.view.label } : {}),
		tried,
		...(more > 0 ? { notListed: more } : {})
	};
}

const reportedKeyViews = new WeakMap<KeyInputView, KeyInputView>();

/**
 * The key input as the report carries it: the first MAX_REPORTED_KEYS keys and how many there are in all. A
 * 1,000-key JWKS with 6 KB kids would otherwise put 6 MB of kids in every report crossing from the worker.
 */
function reportedKeyView(view: KeyInputView): KeyInputView {
	if (view.keys.length <= MAX_REPORTED_KEYS) return view;
	let reported = reportedKeyViews.get(view);
	if (!reported) {
		reported = { ...view, keys: view.keys.slice(0, MAX_REPORTED_KEYS), keyCount: view.keys.length };
		reportedKeyViews.set(view, reported);
	}
	return reported;
}

/** Every finding with a span, once: the editor underlines exactly what the checklist reports. */
function diagnosticsOf(checks: CheckResult[]): Finding[] {
	const out: Finding[] = [];
	for (const check of checks) {
		const findings = check.findings ?? [];
		for (const f of findings) if (f.span) out.push(f);
		if (check.span && !findings.some((f) => f.span)) {
			out.push({
				code: check.code,
				severity: check.status === 'fail' ? 'error' : 'warning',
				message: check.detail,
				span: check.span
			});
		}
	}
	return out;
}

// Reading and importing keys is the costly part of a re-inspection while the user types elsewhere, so the
// last few key inputs are kept. The cache holds only what the user typed in this page.
const KEY_CACHE_SIZE = 8;
const keyCache: Array<{ text: string; encoding: KeyEncoding; keys: KeyInput }> = [];

function readKeyCached(text: string, encoding: KeyEncoding): KeyInput {
	// Looked up by comparing the text itself: a cache key made by joining the encoding to the text would be a
	// new string on every call, copied and compared whole (a 1,000-key JWKS is 200 KB), which cost more than
	// everything else a re-inspection does with such a key set.
	const at = keyCache.findIndex((entry) => entry.encoding === encoding && entry.text === text);
	if (at !== -1) {
		const [hit] = keyCache.splice(at, 1);
		keyCache.push(hit!);
		return hit!.keys;
	}
	const keys = readKey(text, encoding);
	// Every report of this key input shares its view: frozen, so that no reader can change another's report.
	deepFreeze(keys.view);
	keyCache.push({ text, encoding, keys });
	if (keyCache.length > KEY_CACHE_SIZE) keyCache.shift();
	return keys;
}

// The Decryption key is read once per text typed, and a JWE decrypted once per token and key: the live clock
// re-inspects every second, and a PBES2 or RSA decryption each second would only heat the worker. Only the
// last of each is kept; it holds only what the user typed in this page.
let lastDecryptionKey: { text: string; keys: DecryptionKeyInput } | undefined;
interface Opening {
	decryption: Decryption;
	opened?: ReturnType<typeof openJwe>;
}
let lastDecryption: { token: ParsedToken; keys: DecryptionKeyInput; result: Opening } | undefined;

function readDecryptionKeyCached(text: string): DecryptionKeyInput {
	if (lastDecryptionKey?.text === text) return lastDecryptionKey.keys;
	const keys = readDecryptionKey(text);
	lastDecryptionKey = { text, keys };
	return keys;
}

async function decryptCached(token: ParsedToken, keys: DecryptionKeyInput): Promise<Opening> {
	if (lastDecryption?.token === token && lastDecryption.keys === keys) return lastDecryption.result;
	const decryption = await decryptToken(token, keys);
	const { plaintext } = decryption;
	const opened = plaintext ? openJwe(token, { ...decryption, plaintext }) : undefined;
	if (opened) {
		deepFreeze(opened.token.view);
		deepFreeze(opened.token.claims);
	}
	const result = { decryption, ...(opened ? { opened } : {}) };
	lastDecryption = { token, keys, result };
	return result;
}

// The live clock re-inspects the same token every second; a pasted 1 MB token should be decoded once, not
// once a second. The last token read is kept, frozen like the key views so no report can change another's.
// A repaired token is also kept read as pasted, for when its signature fails (see inspect).
let lastToken: { text: string; parsed: ParsedToken; asPasted?: ParsedToken } | undefined;

function parseTokenCached(text: string, repair = true): ParsedToken {
	if (lastToken?.text !== text) lastToken = { text, parsed: frozen(parseToken(text)) };
	if (repair) return lastToken.parsed;
	lastToken.asPasted ??= frozen(parseToken(text, { repair: false }));
	return lastToken.asPasted;
}

function frozen(parsed: ParsedToken): ParsedToken {
	deepFreeze(parsed.view);
	deepFreeze(parsed.faults);
	deepFreeze(parsed.header);
	deepFreeze(parsed.claims);
	return parsed;
}

// What the token is (a format other than a JWT) and who issued it follow from the token alone, and the live
// clock re-inspects the same token every second: both are worked out once per token read, and frozen like the
// token's view.
interface TokenReading {
	provider: Provider;
	format: FormatMatch<FormatCode> | undefined;
}
// A promise is kept, not its value: reading a format may decompress (asynchronous), and two inspections of the
// same token that overlap share the one reading.
const readings = new WeakMap<ParsedToken, Promise<TokenReading>>();

function readingOf(token: ParsedToken): Promise<TokenReading> {
	let reading = readings.get(token);
	if (!reading) {
		reading = recogniseFormat(token).then((format) => {
			const read = { provider: detectProvider(token), format };
			deepFreeze(read);
			return read;
		});
		readings.set(token, reading);
	}
	return reading;
}

// An SD-JWT's disclosures are hashed with WebCrypto (async), once per token read like its reading above.
const sdJwtReadings = new WeakMap<ParsedToken, Promise<SdJwtView>>();

function sdJwtOf(token: ParsedToken): Promise<SdJwtView> | undefined {
	if (!token.sdJwt) return undefined;
	let reading = sdJwtReadings.get(token);
	if (!reading) {
		reading = readSdJwt(token.sdJwt, token.claims).then((view) => {
			deepFreeze(view);
			return view;
		});
		sdJwtReadings.set(token, reading);
	}
	return reading;
}

function deepFreeze(value: unknown): void {
	if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
	Object.freeze(value);
	for (const member of Object.values(value)) deepFreeze(member);
}
