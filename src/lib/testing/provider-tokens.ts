// Tokens shaped like each identity provider's (issue 16), minted with the fixture keys for the tests: the
// header and claims each provider puts in its tokens, valid at NOW (fixtures.ts). The shapes follow the
// providers' documentation and the tokens quoted in their issue threads; each names its source.
// Every value that identifies a tenant, project or user is made up.
import { randomBytes } from 'node:crypto';
import type { ProviderId } from '../core/types';
import { NOW_SECONDS, fixture, part, signWith, type KeyName } from './fixtures';

/** Made-up identifiers shared by the shapes, so tests can name what a token carries. */
export const IDS = {
	/** An Entra tenant (`tid`) and the API's and client's application (client) IDs. */
	tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47',
	apiClientId: '6e74172b-be56-4843-9ff4-e66a39bb12e3',
	clientId: '1c3b9e2f-5a4d-4e8b-9c7a-2f1e0d3c4b5a',
	objectId: '4b9c2f7e-1d3a-4e5b-8c6d-0a9f8e7d6c5b',
	b2cTenant: 'contosob2c',
	b2cPolicy: 'B2C_1_signupsignin',
	auth0Tenant: 'dev-orders.eu.auth0.com',
	auth0CustomDomain: 'login.orders.example',
	oktaOrg: 'orders-org.okta.com',
	googleClientId: '123456789012-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com',
	googleServiceAccount: 'orders-runner@orders-project.iam.gserviceaccount.com',
	cognitoRegion: 'eu-west-1',
	cognitoPool: 'eu-west-1_AbCdEfGhI',
	cognitoClientId: '3n4b5urk1ft4fl3mg5e62d9ado',
	keycloakHost: 'http://localhost:8080',
	keycloakRealm: 'orders',
	firebaseProject: 'orders-app-1a2b3',
	supabaseRef: 'abcdefghijklmnopqrst',
	clerkDevHost: 'happy-hippo-42.clerk.accounts.dev',
	clerkProdHost: 'clerk.orders.example',
	githubRepository: 'octo-org/orders-service',
	gitlabProject: 'orders-group/orders-service',
	kubernetesIssuer: 'https://kubernetes.default.svc.cluster.local',
	appleClientId: 'com.example.orders'
} as const;

const iat = NOW_SECONDS - 600;
const exp = NOW_SECONDS + 3000;
const times = { iat, nbf: iat, exp };

interface Shape {
	header: Record<string, unknown>;
	claims: Record<string, unknown>;
	/** The fixture key that signs it (default rs256). */
	key?: KeyName;
	/** A JWE: five parts, only the header readable (the payload is encrypted for its issuer). */
	encrypted?: boolean;
}

const rsHeader = { alg: 'RS256', typ: 'JWT', kid: fixture('rs256').kid };
const entraHeader = { ...rsHeader, x5t: fixture('rs256').kid };

// Microsoft Entra ID: claims as in learn.microsoft.com/entra/identity-platform/access-token-claims-reference
// and id-token-claims-reference; the Graph header's `nonce` as in
// AzureAD/microsoft-authentication-library-for-js#4702.
const entraV1Claims = {
	aud: `api://${IDS.apiClientId}`,
	iss: `https://sts.windows.net/${IDS.tenant}/`,
	...times,
	aio: 'E2ZgYJg8sH3ry9q7TAA=',
	appid: IDS.clientId,
	appidacr: '1',
	idp: `https://sts.windows.net/${IDS.tenant}/`,
	oid: IDS.objectId,
	rh: '0.AAAA',
	scp: 'Orders.Read',
	sub: 'kWp0Uq5ghhy1uXbKv9Sx0jeJZyYvhuJu2sM6YPUKgqA',
	tid: IDS.tenant,
	unique_name: 'ada@orders.example',
	upn: 'ada@orders.example',
	uti: 'fqiBqXLPj0eQa82S-IYFAA',
	ver: '1.0'
};
const entraV2Claims = {
	aud: IDS.apiClientId,
	iss: `https://login.microsoftonline.com/${IDS.tenant}/v2.0`,
	...times,
	aio: 'E2ZgYJg8sH3ry9q7TAA=',
	azp: IDS.clientId,
	azpacr: '0',
	name: 'Ada Lovelace',
	oid: IDS.objectId,
	preferred_username: 'ada@orders.example',
	rh: '0.AAAA',
	scp: 'access_as_user',
	sub: 'kWp0Uq5ghhy1uXbKv9Sx0jeJZyYvhuJu2sM6YPUKgqA',
	tid: IDS.tenant,
	uti: 'fqiBqXLPj0eQa82S-IYFAA',
	ver: '2.0'
};

const SHAPES = {
	'entra-id': {
		'v1.0': { header: entraHeader, claims: entraV1Claims },
		'v2.0': { header: rsHeader, claims: entraV2Claims },
		'v2.0-id': {
			header: rsHeader,
			claims: {
				aud: IDS.clientId,
				iss: `https://login.microsoftonline.com/${IDS.tenant}/v2.0`,
				...times,
				name: 'Ada Lovelace',
				nonce: 'n-0S6_WzA2Mj',
				oid: IDS.objectId,
				preferred_username: 'ada@orders.example',
				sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
				tid: IDS.tenant,
				ver: '2.0'
			}
		},
		graph: {
			header: {
				typ: 'JWT',
				nonce: 'hUWqmm7mwJHfNBBsH0oFUo1rL1sqk3v2Y3KcaFb3Fdc',
				alg: 'RS256',
				x5t: entraHeader.x5t,
				kid: entraHeader.kid
			},
			claims: {
				...entraV1Claims,
				aud: '00000003-0000-0000-c000-000000000000',
				scp: 'openid profile User.Read email'
			}
		},
		'us-government': {
			header: rsHeader,
			claims: { ...entraV2Claims, iss: `https://login.microsoftonline.us/${IDS.tenant}/v2.0` }
		},
		china: {
			header: rsHeader,
			claims: {
				...entraV2Claims,
				iss: `https://login.partner.microsoftonline.cn/${IDS.tenant}/v2.0`
			}
		},
		'china-v1.0': {
			header: entraHeader,
			claims: { ...entraV1Claims, iss: `https://sts.chinacloudapi.cn/${IDS.tenant}/` }
		},
		// B2C: MicrosoftDocs/azure-docs#17706 (b2clogin.com), AzureAD/microsoft-identity-web PR#340 (tfp).
		b2c: {
			header: rsHeader,
			claims: {
				iss: `https://${IDS.b2cTenant}.b2clogin.com/${IDS.tenant}/v2.0/`,
				aud: IDS.apiClientId,
				...times,
				sub: IDS.objectId,
				tfp: IDS.b2cPolicy,
				scp: 'orders.read',
				azp: IDS.clientId,
				ver: '1.0'
			}
		},
		'b2c-tfp': {
			header: rsHeader,
			claims: {
				iss: `https://${IDS.b2cTenant}.b2clogin.com/tfp/${IDS.tenant}/${IDS.b2cPolicy}/v2.0/`,
				aud: IDS.apiClientId,
				...times,
				sub: IDS.objectId,
				tfp: IDS.b2cPolicy,
				ver: '1.0'
			}
		},
		'external-id': {
			header: rsHeader,
			claims: {
				...entraV2Claims,
				iss: `https://${IDS.tenant}.ciamlogin.com/${IDS.tenant}/v2.0`
			}
		}
	}
} as const satisfies Partial<Record<Exclude<ProviderId, 'none'>, Record<string, Shape>>>;

export type ProviderShapes = typeof SHAPES;
export type ShapedProvider = keyof ProviderShapes;
export type ShapeVariant<Id extends ShapedProvider> = keyof ProviderShapes[Id] & string;

/** Overrides of a shape: a member set to undefined is removed. */
export interface ShapeOverrides {
	claims?: Record<string, unknown>;
	header?: Record<string, unknown>;
	key?: KeyName;
}

/** The header and claims a provider's token of this variant carries, with the overrides applied. */
export function providerShape<Id extends ShapedProvider>(
	id: Id,
	variant: ShapeVariant<Id>,
	overrides: ShapeOverrides = {}
): {
	header: Record<string, unknown>;
	claims: Record<string, unknown>;
	key: KeyName;
	encrypted: boolean;
} {
	const shape = (SHAPES[id] as Record<string, Shape>)[variant]!;
	return {
		header: prune({ ...shape.header, ...overrides.header }),
		claims: prune({ ...shape.claims, ...overrides.claims }),
		key: overrides.key ?? shape.key ?? 'rs256',
		encrypted: shape.encrypted ?? false
	};
}

/**
 * A token shaped like this provider's, signed with a fixture key (rs256 unless the shape or the overrides
 * say), or for an encrypted shape a five-part JWE that no one but its issuer could open.
 */
export function mintProviderToken<Id extends ShapedProvider>(
	id: Id,
	variant: ShapeVariant<Id>,
	overrides: ShapeOverrides = {}
): string {
	const shape = providerShape(id, variant, overrides);
	if (shape.encrypted) {
		// RFC 7516 §7.1: header . encrypted key (empty for `dir`) . IV . ciphertext . tag.
		const b64 = (n: number) => randomBytes(n).toString('base64url');
		return `${part(shape.header)}..${b64(12)}.${b64(96)}.${b64(16)}`;
	}
	const alg = fixture(shape.key).alg;
	return signWith(shape.key, { ...shape.header, alg: shape.header.alg ?? alg }, shape.claims, {
		signAs: alg
	});
}

/** Every shaped (provider, variant) pair, for table-driven tests. */
export function allShapes(): Array<[ShapedProvider, string]> {
	return (Object.keys(SHAPES) as ShapedProvider[]).flatMap((id) =>
		Object.keys(SHAPES[id]).map((variant): [ShapedProvider, string] => [id, variant])
	);
}

function prune(object: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}
