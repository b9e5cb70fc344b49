// How a key is named in the report: one short phrase per key, used by the summaries and the checklist.
import type { KeyView } from '../types';
import type { KeyCandidate } from './key-input';
import { quoted } from '../text';
import { algorithmName } from '../algorithms';

/** A short human description of a key: "RSA public key, 2048 bits", "EC P-256 public key". */
export function describeKey(candidate: KeyCandidate): string {
	const v = candidate.view;
	const part = v.hasPrivateParts ? 'private key' : 'public key';
	let text: string;
	if (v.kty === 'oct') {
		const bytes = (v.bits ?? 0) / 8;
		text = `HMAC secret, ${bytes} byte${bytes === 1 ? '' : 's'}`;
	} else if (v.kty === 'RSA')
		text = `RSA ${part}${v.source === 'pkcs1' ? ' (PKCS #1)' : ''}${v.bits !== undefined ? `, ${v.bits} bits` : ''}`;
	else if (v.kty === 'EC') text = `EC ${v.crv ?? ''} ${part}`;
	else if (v.kty === 'OKP') text = `${v.crv ?? 'OKP'} ${part}`;
	else text = 'unreadable key';
	if (v.certificate)
		text = `X.509 certificate for ${quoted(v.certificate.subject)}${v.certificate.notAfter ? `, valid until ${v.certificate.notAfter.slice(0, 10)}` : ''}: ${text}`;
	if (v.kid !== undefined && v.source !== 'jwks') text += `, kid ${quoted(v.kid)}`;
	if (v.alg !== undefined) text += `, for ${algorithmName(v.alg)}`;
	return text;
}

/** The key type in a word, with the curve where there is one: "RSA", "P-256", "Ed25519". */
export function shortType(view: KeyView): string {
	if (view.kty === 'EC' || view.kty === 'OKP') return view.crv ?? view.kty;
	return view.kty;
}
