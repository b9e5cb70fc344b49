// Macaroons (libmacaroons' V1 serialization): base64 of packets, each four hex digits giving the packet's length
// (those four digits and the closing newline included), then "key value\n": "location", "identifier", then each
// caveat's "cid" (with "vid" and "cl" for third-party ones), then "signature" (32 bytes). The first packet is
// "location", so the text starts "MDAx"/"MDAy" ("001…"/"002…"). Sources: github.com/rescrv/libmacaroons
// (README, "Serialization"); research providers.md §3 (Synapse's "MDAx…" access tokens, element-hq/
// matrix-authentication-service PR#3797). The V2 binary serialization is not recognised here.
import { decodeBase64url } from '../token/base64url';
import { quoted } from '../text';
import { ROTATE, type Recogniser } from './types';

export const MACAROON_CODES = ['structure.macaroon'] as const;

const SHAPE = /^MDA[A-Za-z0-9+/_-]{20,65536}={0,2}$/;
const MAX_CAVEATS_SHOWN = 5;

interface Packet {
	key: string;
	value: string;
}

/** The packets of a V1 macaroon, or undefined when the bytes are not one. */
export function readMacaroonPackets(bytes: Uint8Array): Packet[] | undefined {
	const latin = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
	const packets: Packet[] = [];
	let at = 0;
	while (at < latin.length) {
		const size = /^[0-9a-f]{4}$/.test(latin.slice(at, at + 4))
			? parseInt(latin.slice(at, at + 4), 16)
			: NaN;
		if (!(size > 5) || at + size > latin.length || latin[at + size - 1] !== '\n') return undefined;
		const body = latin.slice(at + 4, at + size - 1);
		const space = body.indexOf(' ');
		if (space < 1) return undefined;
		packets.push({ key: body.slice(0, space), value: body.slice(space + 1) });
		at += size;
	}
	return packets[0]?.key === 'location' && packets.at(-1)?.key === 'signature'
		? packets
		: undefined;
}

/** A macaroon: a bearer token whose caveats can be read, verified only with its root key. */
export const recogniseMacaroon: Recogniser<(typeof MACAROON_CODES)[number]> = (text) => {
	if (!SHAPE.test(text)) return undefined;
	const packets = readMacaroonPackets(decodeBase64url(text.replace(/=+$/, '')).bytes);
	if (!packets) return undefined;
	const location = packets[0]!.value;
	const caveats = packets.filter((p) => p.key === 'cid').map((p) => p.value);
	const shown = caveats.slice(0, MAX_CAVEATS_SHOWN).map((c) => quoted(c, 80));
	const more = caveats.length > shown.length ? `, and ${caveats.length - shown.length} more` : '';
	return {
		format: 'macaroon',
		code: 'structure.macaroon',
		detail: `This is not a JWT: it is a macaroon (location ${quoted(location, 80)}, ${caveats.length} caveat${caveats.length === 1 ? '' : 's'}${shown.length > 0 ? `: ${shown.join(', ')}${more}` : ''}). Its signature is an HMAC chain from a root key only its issuer holds, so it cannot be verified here. ${ROTATE}`,
		fix: 'Send it to the service that issued it (Synapse access tokens are macaroons). An API that expects a JWT needs a token from its identity provider instead.'
	};
};
