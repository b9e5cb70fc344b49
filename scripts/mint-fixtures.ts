// Mints the keys and tokens the core's tests use, into src/lib/core/fixtures/. Run with `npm run fixtures`
// after changing what is minted; the output is committed so that tests are fast and deterministic.
// Keys come from jose (and Node's crypto for the deliberately weak ones jose refuses to make); the X.509
// certificates are self-signed by the openssl command line over the same keys.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, createPublicKey, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, SignJWT, type JWK } from 'jose';

const OUT = new URL('../src/lib/core/fixtures/', import.meta.url);
/** The instant every fixture token is minted around; tests pin their clock to it. */
const NOW = Math.floor(Date.parse('2026-11-25T12:00:00Z') / 1000);

interface KeyFixture {
	alg: string;
	kid: string;
	privateJwk: JWK;
	publicJwk: JWK;
	publicPem?: string;
	pkcs1Pem?: string;
	privatePem?: string;
	certificatePem?: string;
	/** For HMAC keys: the secret as text, and its bytes in base64url. */
	secret?: string;
}

async function asymmetric(
	alg: string,
	kid: string,
	options: { crv?: string } = {}
): Promise<KeyFixture> {
	const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true, ...options });
	const publicJwk = { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' };
	return {
		alg,
		kid,
		publicJwk,
		privateJwk: { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' },
		publicPem: await exportSPKI(publicKey),
		privatePem: await exportPKCS8(privateKey)
	};
}

function certificateFor(privatePem: string, subject: string, days: number): string {
	const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
	try {
		writeFileSync(join(dir, 'key.pem'), privatePem);
		execFileSync(
			'openssl',
			[
				'req',
				'-x509',
				'-new',
				'-key',
				join(dir, 'key.pem'),
				'-subj',
				subject,
				'-days',
				String(days),
				'-out',
				join(dir, 'cert.pem')
			],
			{ stdio: 'ignore' }
		);
		return readFileSync(join(dir, 'cert.pem'), 'utf8');
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function hmac(alg: string, kid: string, bytes: number): KeyFixture {
	// A text secret, so that it can be typed as UTF-8 and also read as base64url bytes.
	const secret = randomBytes(bytes).toString('base64url').slice(0, bytes);
	const k = Buffer.from(secret, 'utf8').toString('base64url');
	const jwk = { kty: 'oct', k, kid, alg, use: 'sig' };
	return { alg, kid, secret, privateJwk: jwk, publicJwk: jwk };
}

async function main() {
	const keys: Record<string, KeyFixture> = {
		hs256: hmac('HS256', 'hs256-1', 32),
		hs384: hmac('HS384', 'hs384-1', 48),
		hs512: hmac('HS512', 'hs512-1', 64),
		rs256: await asymmetric('RS256', 'rsa-1'),
		rsOther: await asymmetric('RS256', 'rsa-2'),
		ps256: await asymmetric('PS256', 'ps-1'),
		es256: await asymmetric('ES256', 'ec256-1'),
		es384: await asymmetric('ES384', 'ec384-1'),
		es512: await asymmetric('ES512', 'ec521-1'),
		eddsa: await asymmetric('EdDSA', 'ed-1', { crv: 'Ed25519' })
	};
	keys.rs256!.pkcs1Pem = createPublicKey(keys.rs256!.publicPem!)
		.export({ type: 'pkcs1', format: 'pem' })
		.toString();
	keys.rs256!.certificatePem = certificateFor(
		keys.rs256!.privatePem!,
		'/CN=issuer.example/O=Fixture Issuer',
		3650
	);
	keys.es256!.certificatePem = certificateFor(keys.es256!.privatePem!, '/CN=expired.example', 1);

	// A 1024-bit RSA key, which jose refuses to generate or use: Node's crypto makes it.
	const weak = generateKeyPairSync('rsa', { modulusLength: 1024 });
	keys.rsa1024 = {
		alg: 'RS256',
		kid: 'rsa-1024',
		publicJwk: {
			...(weak.publicKey.export({ format: 'jwk' }) as JWK),
			kid: 'rsa-1024',
			alg: 'RS256'
		},
		privateJwk: {
			...(weak.privateKey.export({ format: 'jwk' }) as JWK),
			kid: 'rsa-1024',
			alg: 'RS256'
		}
	};

	// One token per algorithm, valid at NOW for audience "api://orders" and issuer "https://issuer.example".
	const claims = {
		iss: 'https://issuer.example',
		aud: 'api://orders',
		sub: 'user-42',
		iat: NOW - 600,
		nbf: NOW - 600,
		exp: NOW + 3000
	};
	const tokens: Record<string, string> = {};
	for (const [name, key] of Object.entries(keys)) {
		if (name === 'rsa1024') continue;
		const signingKey = key.secret ? Buffer.from(key.secret, 'utf8') : await importPrivate(key);
		tokens[name] = await new SignJWT(claims)
			.setProtectedHeader({ alg: key.alg, typ: 'JWT', kid: key.kid })
			.sign(signingKey);
	}

	writeFileSync(new URL('keys.json', OUT), JSON.stringify({ now: NOW, keys }, null, '\t') + '\n');
	writeFileSync(
		new URL('tokens.json', OUT),
		JSON.stringify({ now: NOW, claims, tokens }, null, '\t') + '\n'
	);
	console.log(
		`Minted ${Object.keys(keys).length} keys and ${Object.keys(tokens).length} tokens into ${OUT.pathname}`
	);
}

async function importPrivate(key: KeyFixture) {
	const { importJWK } = await import('jose');
	return importJWK(key.privateJwk, key.alg);
}

await main();
