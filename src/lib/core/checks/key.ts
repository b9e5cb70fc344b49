import { defineCheck, type Outcome } from './check';
import { KEY_READING_CODES, type KeyReadingCode } from '../keys/key-codes';
import { KEY_MISMATCH_CODES, type Attempt, type PassedOverCode } from '../verify/verify-signature';
import type { Finding } from '../types';
import {
	SHOWN,
	passedOverClause,
	passedOverFindings,
	type PassedOver
} from './support/passed-over';
import { describeKey, isUsable } from '../keys/read-key';
import { capitalise, groupDigits, quoted, quotedList } from '../text';
import { KEY_PITFALL_CODES, keyPitfall } from '../providers/pitfalls/index';

// RFC 7515 §6 and RFC 7517 §4–5: find the key for this token in what the user supplied, by kid, type, curve,
// "alg", "use" and "key_ops", and say why every other key was passed over. RFC 8725 §3.10: only keys the
// user supplied count, never ones the token carries.
export const keyCheck = defineCheck({
	id: 'key',
	title: 'Key',
	spec: 'RFC 7515 §6, RFC 7517 §4',
	codes: [
		...KEY_READING_CODES,
		...KEY_MISMATCH_CODES,
		'key.none',
		'key.not-chosen',
		'key.kid-not-found',
		'key.duplicate-kid',
		'key.no-usable-key',
		'key.selected',
		'key.kid-mismatch',
		'key.certificate-expired',
		...KEY_PITFALL_CODES
	],
	run(context) {
		const { token, keys, verification, now } = context;
		const view = keys.view;
		if (view.kind === 'none') {
			return {
				status: 'skip',
				code: 'key.none',
				detail: 'No key supplied.',
				fix: 'Paste the issuer\'s public key (PEM, certificate, JWK or its JWKS) or the shared HMAC secret under "Verification key".'
			};
		}
		const errors = view.findings.filter((f) => f.severity === 'error');
		const warnings = view.findings.filter((f) => f.severity === 'warning');
		if (view.kind === 'unreadable' || errors.length > 0) {
			const first = errors[0] ?? view.findings[0]!;
			return {
				status: 'fail',
				code: first.code,
				detail: first.message,
				fix:
					FIXES[first.code] ??
					'Paste a public key (PEM, certificate, JWK or JWKS) or an HMAC secret.',
				findings: bounded(view.findings)
			};
		}
		const problems = keys.candidates.flatMap((c) =>
			c.view.problems.map((p) => ({
				...p,
				message: keys.isSet ? `${c.view.label}: ${p.message}` : p.message
			}))
		);
		if (!keys.candidates.some(isUsable)) {
			const first = problems.find((p) => p.severity === 'error')!;
			return {
				status: 'fail',
				code: first.code,
				detail: first.message,
				fix: FIXES[first.code] ?? 'Paste a key that can verify signatures.',
				findings: bounded(problems)
			};
		}
		if (verification.blocked && verification.blocked.code !== 'signature.unverifiable') {
			return {
				status: 'skip',
				code: 'key.not-chosen',
				detail: `Read ${view.summary}. No key could be chosen. ${verification.blocked.message}`
			};
		}
		if (verification.kidNotFound) {
			const { kid, available } = verification.kidNotFound;
			// A token only its issuer can validate has a kid no key set you can get holds.
			const pitfall = keyPitfall(context);
			if (pitfall) return pitfall;
			return {
				status: 'fail',
				code: 'key.kid-not-found',
				detail: `The token's kid ${quoted(kid)} is not in the key set, which has ${available.length > 0 ? `${available.length === 1 ? 'the kid' : `${groupDigits(available.length)} kids:`} ${quotedList(available)}` : 'no kids at all'}. This is the usual sign of key rotation: the issuer signs with a key newer (or older) than the set you pasted.`,
				fix: 'The issuer likely rotated its keys: fetch or paste its current JWKS ("Fetch issuer keys", or its jwks_uri). If the API caches keys, make it refresh them when it meets an unknown kid (RFC 7517 §4.5).'
			};
		}
		if (verification.duplicateKid !== undefined) {
			return {
				status: 'fail',
				code: 'key.duplicate-kid',
				detail: `More than one key in the set has the kid ${quoted(verification.duplicateKid)}, so a verifier cannot tell which one the token means.`,
				fix: 'Give every key in a JWKS its own kid.'
			};
		}
		// A key the verifier refused the token for, or that was not tried because the token is too broken to
		// verify, was still the key chosen: the fault is the token's (e.g. a "crit" parameter missing from the
		// header, RFC 7515 §4.1.11), and the signature row reports it.
		const chosenButRefused = (a: (typeof verification.attempts)[number]) =>
			a.outcome !== 'skipped' ||
			a.code === 'signature.verifier-refused' ||
			a.code === 'signature.unverifiable';
		const tried = verification.attempts.filter(chosenButRefused);
		// What is left are keys passed over for themselves (unreadable, or not fitting the token): nothing else
		// is skipped without being chosen.
		const skipped = verification.attempts.filter(
			(a): a is Attempt & { code?: PassedOverCode } =>
				!chosenButRefused(a) && a.code !== 'signature.not-needed'
		);
		const passed: PassedOver[] = skipped.map((a) => ({
			label: a.candidate.view.label,
			code: a.code ?? 'key.skipped',
			reason: a.reason ?? ''
		}));
		const skippedFindings = passedOverFindings(passed);
		if (tried.length === 0 && verification.attempts.length > 0) {
			const only = skipped.length === 1 ? skipped[0]! : undefined;
			return {
				status: 'fail',
				code: only?.code ?? 'key.no-usable-key',
				detail: only
					? `The key cannot verify this token: ${only.reason}.`
					: `None of the ${groupDigits(skipped.length)} keys can verify this ${verification.alg} token: ${passedOverClause(passed)}.`,
				fix: 'Supply the issuer\'s signing key for this token: right type, and declared for signatures ("use": "sig") if it says.',
				findings: skippedFindings
			};
		}
		const chosen = verification.verifiedBy ?? tried[0]?.candidate;
		const cautions: Finding<KeyReadingCode | 'key.kid-mismatch' | 'key.certificate-expired'>[] = [
			...warnings,
			...problems.filter((p) => p.severity === 'warning')
		];
		const headerKid = verification.kidMismatch;
		if (headerKid)
			cautions.push({
				code: 'key.kid-mismatch',
				severity: 'warning',
				message: `The token names kid ${quoted(headerKid.token)}, and the key's kid is ${quoted(headerKid.key)}: the issuer may have rotated keys, or this is another issuer's key.`
			});
		const certificate = chosen?.view.certificate;
		if (certificate?.notAfter && Date.parse(certificate.notAfter) / 1000 < now) {
			cautions.push({
				code: 'key.certificate-expired',
				severity: 'warning',
				message: `The certificate expired on ${certificate.notAfter.slice(0, 10)}. Many verifiers ignore a certificate's dates when it only supplies a JWS key, but some reject it.`
			});
		}
		const how =
			keys.isSet && verification.alg
				? chosen?.view.kid !== undefined && chosen.view.kid === token.header?.kid
					? ' matched by kid'
					: ' chosen by type'
				: '';
		// A single key is described by what it is; a key of a set also by its name in the set.
		const what = chosen
			? keys.isSet
				? `${capitalise(chosen.view.label)} (${describeKey(chosen)})${how}`
				: capitalise(describeKey(chosen))
			: 'The key';
		const outcome: Outcome<(typeof cautions)[number]['code'] | 'key.selected'> = {
			status: cautions.length > 0 ? 'warn' : 'pass',
			code: cautions[0]?.code ?? 'key.selected',
			detail: `${what}.${cautions.length > 0 ? ' ' + cautionText(cautions) : ''}`,
			findings: [...bounded(cautions), ...skippedFindings]
		};
		if (cautions.some((c) => c.code === 'key.private-jwk'))
			outcome.fix =
				'Paste only the public key: remove "d" (and "p", "q", "dp", "dq", "qi"), and rotate the private key that was exposed.';
		return outcome;
	}
});

/** A set's problems grow with it (RFC 7517 §5 sets no limit): this many are listed, the rest counted. */
const MAX_LISTED = 8;

function bounded(findings: Finding[]): Finding[] {
	if (findings.length <= MAX_LISTED) return findings;
	const rest = findings.length - MAX_LISTED;
	return [
		...findings.slice(0, MAX_LISTED),
		{
			code: 'key.more-problems',
			severity: 'info',
			message: `And ${groupDigits(rest)} more problem${rest === 1 ? '' : 's'} with the supplied keys.`
		}
	];
}

/** The cautions as sentences for the row: the first few in full, then how many more the list holds. */
function cautionText(cautions: Finding[]): string {
	const shown = cautions.slice(0, SHOWN).map((c) => c.message);
	const rest = cautions.length - shown.length;
	return rest > 0
		? `${shown.join(' ')} And ${groupDigits(rest)} more warnings (see below).`
		: shown.join(' ');
}

const FIXES: Record<string, string> = {
	'key.pem-private':
		'Run "openssl pkey -in private.pem -pubout" and paste the PUBLIC KEY it prints; rotate the private key if it was shared.',
	'key.public-key-as-secret':
		'Paste the public key on its own (PEM, certificate, JWK or JWKS), with the key encoding set to "auto", so that it is read as a public key.',
	'key.scan-limit': 'Paste only the key, or only the secret.',
	'key.mixed-set': "Paste only the issuer's public JWKS, or only the shared secret.",
	'key.rsa-too-small': 'The issuer must move to an RSA key of 2048 bits or more.',
	'key.roca': 'The issuer must generate a new key with a sound library and revoke this one.',
	'key.rsa-bad-exponent': "Use the issuer's real public key; e = 65537 is standard.",
	'key.small-order':
		"No issuer signs with such a key: fetch the issuer's current public key (its JWKS) and paste that.",
	'key.non-canonical': "Paste the issuer's key as the issuer publishes it (its JWKS or PEM).",
	'key.not-on-curve': 'Copy the whole key again, from the JWKS or PEM the issuer publishes.'
};
