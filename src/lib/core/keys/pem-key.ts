// Reads PEM key text: SPKI public keys, PKCS #1 RSA public keys and X.509 certificates, one candidate per
// block. A private key block is refused (verification needs only the public key).
// Every finding made here is about the key, so its code is one of KEY_READING_CODES.
import type { KeyFinding as Finding } from './key-codes';
import { DerError } from './der';
import { readPemBlocks } from './pem';
import { jwkFromPkcs1, jwkFromSpki, readCertificate, UnsupportedKey } from './public-key-der';
import type { KeyCandidate, KeyInput } from './key-input';
import { readJwk } from './jwk';
import { describeKey } from './describe';
import { quoted } from '../text';

const PRIVATE_PEM = /PRIVATE KEY$/;

/** Reads the key field as PEM: every block that holds a usable public key becomes a candidate. */
export function readPem(text: string): KeyInput {
	const blocks = readPemBlocks(text);
	const candidates: KeyCandidate[] = [];
	const findings: Finding[] = [];
	blocks.forEach((block, i) => {
		const label = blocks.length > 1 ? `PEM block #${i + 1}` : 'the key';
		if (block.error) {
			findings.push({ code: 'key.pem-damaged', severity: 'error', message: block.error });
			return;
		}
		if (PRIVATE_PEM.test(block.label)) {
			findings.push({
				code: 'key.pem-private',
				severity: 'error',
				message: `This PEM is a private key (${quoted(block.label)}). Verification needs only the public key: derive it with "openssl pkey -pubout" and paste that. Treat this private key as exposed if it was shared.`
			});
			return;
		}
		try {
			if (block.label === 'PUBLIC KEY')
				candidates.push(readJwk(jwkFromSpki(block.der!), label, 'spki'));
			else if (block.label === 'RSA PUBLIC KEY')
				candidates.push(readJwk(jwkFromPkcs1(block.der!), label, 'pkcs1'));
			else if (block.label === 'CERTIFICATE') {
				const { jwk, certificate } = readCertificate(block.der!);
				const candidate = readJwk(
					jwk,
					blocks.length > 1 ? `certificate ${quoted(certificate.subject)}` : 'the certificate',
					'x509'
				);
				candidate.view.certificate = certificate;
				candidates.push(candidate);
			} else {
				findings.push({
					code: 'key.pem-label',
					severity: 'error',
					message: `A ${quoted(block.label)} block is not a key this inspector can verify with: paste a PUBLIC KEY, RSA PUBLIC KEY or CERTIFICATE.`
				});
			}
		} catch (error) {
			findings.push(derFinding(error, block.label));
		}
	});
	if (blocks.length === 0) {
		findings.push({
			code: 'key.pem-damaged',
			severity: 'error',
			message: 'The text has a "-----BEGIN" line but no complete PEM block.'
		});
	}
	if (candidates.length === 0) {
		return {
			view: {
				kind: 'unreadable',
				summary: findings[0]?.message ?? 'No key found.',
				keys: [],
				findings
			},
			candidates,
			isSet: false
		};
	}
	// A block that cannot be used does not stop the others from verifying, as a broken key in a JWKS does not:
	// beside a usable key it is a warning (a server's .pem often holds a private key next to its certificate).
	return {
		view: {
			kind: 'pem',
			summary: candidates.map(describeKey).join('; '),
			keys: candidates.map((c) => c.view),
			findings: findings.map((f) => ({ ...f, severity: 'warning' }))
		},
		candidates,
		isSet: candidates.length > 1
	};
}

function derFinding(error: unknown, label: string): Finding {
	if (error instanceof UnsupportedKey) {
		return {
			code: 'key.unsupported',
			severity: 'error',
			message: `The ${label} is ${error.message}.`
		};
	}
	if (error instanceof DerError) {
		return {
			code: 'key.der-malformed',
			severity: 'error',
			message: `The ${label} could not be read: ${error.message}.`
		};
	}
	throw error;
}
