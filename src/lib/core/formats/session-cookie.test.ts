// Flask (itsdangerous) session cookies with a compressed payload: "." + base64url(zlib(JSON)) (itsdangerous
// url_safe.py URLSafeSerializerMixin.dump_payload), minted here with Node's zlib as itsdangerous does.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectAt, row } from '$lib/testing/fixtures';
import { encodeBase64url } from '$lib/core/token/base64url';

const SIGNATURE = 'q1w2e3r4t5y6u7i8o9p0a1s2d3f';
const cookie = (payload: Uint8Array) => `.${encodeBase64url(payload)}.ZVQ1Nw.${SIGNATURE}`;
const SESSION = { user_id: 42, _fresh: true, csrf_token: 'a'.repeat(40) };

describe('Flask session cookies', () => {
	it('decompresses a "." payload and shows the session data', async () => {
		const report = await inspectAt({ token: cookie(deflateSync(JSON.stringify(SESSION))) });
		expect(report.format).toBe('session-cookie');
		expect(row(report, 'structure').code).toBe('structure.flask-session');
		expect(report.formatDecoded?.payload).toEqual(SESSION);
	});

	it('shows the data of an uncompressed cookie the same way', async () => {
		const token = `${encodeBase64url(new TextEncoder().encode(JSON.stringify(SESSION)))}.ZVQ1Nw.${SIGNATURE}`;
		expect((await inspectAt({ token })).formatDecoded?.payload).toEqual(SESSION);
	});

	it('stops inflating a payload past its bound, fast', async () => {
		const bomb = deflateSync(JSON.stringify({ pad: 'x'.repeat(5_000_000) }));
		const started = performance.now();
		const report = await inspectAt({ token: cookie(bomb) });
		expect(performance.now() - started).toBeLessThan(2000);
		expect(row(report, 'structure').code).toBe('structure.flask-session');
		expect(report.formatDecoded?.payload).toBeUndefined();
	});
});
