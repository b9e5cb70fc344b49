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
	},
	// Auth0: community.auth0.com/t/18672 (issuer with a trailing slash), aws-samples/ask-around-me#3 (aud with
	// /userinfo), oauth2-proxy/oauth2-proxy#3159 (the no-audience JWE).
	auth0: {
		'access-token': {
			header: rsHeader,
			claims: {
				iss: `https://${IDS.auth0Tenant}/`,
				sub: 'auth0|64b1f0c2e4d5a6b7c8d9e0f1',
				aud: ['https://orders.example/api', `https://${IDS.auth0Tenant}/userinfo`],
				...times,
				azp: 'k9Qm3vX2pL7nR4sT8wY1zA5bC6dE0fG2',
				scope: 'openid profile orders:read'
			}
		},
		'id-token': {
			header: rsHeader,
			claims: {
				iss: `https://${IDS.auth0Tenant}/`,
				sub: 'auth0|64b1f0c2e4d5a6b7c8d9e0f1',
				aud: 'k9Qm3vX2pL7nR4sT8wY1zA5bC6dE0fG2',
				...times,
				nickname: 'ada',
				name: 'ada@orders.example',
				nonce: 'n-0S6_WzA2Mj',
				sid: 'Xz2Yq-8mN4oP6rS0tU2vW4xY6zA8bC0d'
			}
		},
		'custom-domain': {
			header: rsHeader,
			claims: {
				iss: `https://${IDS.auth0CustomDomain}/`,
				sub: 'auth0|64b1f0c2e4d5a6b7c8d9e0f1',
				aud: ['https://orders.example/api', `https://${IDS.auth0CustomDomain}/userinfo`],
				...times,
				azp: 'k9Qm3vX2pL7nR4sT8wY1zA5bC6dE0fG2',
				scope: 'openid orders:read'
			}
		},
		'client-credentials': {
			header: rsHeader,
			claims: {
				iss: `https://${IDS.auth0CustomDomain}/`,
				sub: 'k9Qm3vX2pL7nR4sT8wY1zA5bC6dE0fG2@clients',
				aud: 'https://orders.example/api',
				...times,
				gty: 'client-credentials',
				azp: 'k9Qm3vX2pL7nR4sT8wY1zA5bC6dE0fG2'
			}
		},
		encrypted: {
			header: { alg: 'dir', enc: 'A256GCM', iss: `https://${IDS.auth0Tenant}/` },
			claims: {},
			encrypted: true
		}
	},
	// Okta: support.okta.com Signature-Validation-Failed-on-Access-Token (org server, aud = iss), the token dump
	// in groups.google.com/g/rabbitmq-users/c/O3GdCKf8soM (ver 1, jti AT., cid, uid, scp array).
	okta: {
		'org-as': {
			header: rsHeader,
			claims: {
				ver: 1,
				jti: 'AT.qBm3sLk0r7nJxVw2Yc9dE4fG6hI8jK0l',
				iss: `https://${IDS.oktaOrg}`,
				aud: `https://${IDS.oktaOrg}`,
				...times,
				cid: '0oa1b2c3d4e5f6g7h8i9',
				uid: '00u1a2b3c4d5e6f7g8h9',
				scp: ['openid', 'profile'],
				sub: 'ada@orders.example'
			}
		},
		'custom-as': {
			header: rsHeader,
			claims: {
				ver: 1,
				jti: 'AT.qBm3sLk0r7nJxVw2Yc9dE4fG6hI8jK0l',
				iss: `https://${IDS.oktaOrg}/oauth2/default`,
				aud: 'api://default',
				...times,
				cid: '0oa1b2c3d4e5f6g7h8i9',
				uid: '00u1a2b3c4d5e6f7g8h9',
				scp: ['orders.read'],
				sub: 'ada@orders.example'
			}
		},
		'id-token': {
			header: rsHeader,
			claims: {
				ver: 1,
				jti: 'ID.h2bX7mQ4pR8sT1uV5wY9zA3cE6gJ0kL',
				iss: `https://${IDS.oktaOrg}/oauth2/default`,
				aud: '0oa1b2c3d4e5f6g7h8i9',
				...times,
				sub: '00u1a2b3c4d5e6f7g8h9',
				idp: '00o1a2b3c4d5e6f7g8h9',
				amr: ['pwd'],
				nonce: 'n-0S6_WzA2Mj'
			}
		},
		'custom-domain': {
			header: rsHeader,
			claims: {
				ver: 1,
				jti: 'AT.qBm3sLk0r7nJxVw2Yc9dE4fG6hI8jK0l',
				iss: 'https://id.orders.example/oauth2/aus1a2b3c4d5e6f7g8h9',
				aud: 'api://orders',
				...times,
				cid: '0oa1b2c3d4e5f6g7h8i9',
				scp: ['orders.read'],
				sub: 'ada@orders.example'
			}
		}
	},
	// Google: developers.google.com/identity/gsi/web/guides/verify-google-id-token (both issuer spellings, azp,
	// hd); cloud.google.com/iap/docs/signed-headers-howto (IAP); service accounts:
	// developers.google.com/identity/protocols/oauth2/service-account#jwt-auth.
	google: {
		'id-token': {
			header: rsHeader,
			claims: {
				iss: 'https://accounts.google.com',
				azp: IDS.googleClientId,
				aud: IDS.googleClientId,
				sub: '110169484474386276334',
				hd: 'orders.example',
				email: 'ada@orders.example',
				email_verified: true,
				...times
			}
		},
		'id-token-without-scheme': {
			header: rsHeader,
			claims: {
				iss: 'accounts.google.com',
				azp: IDS.googleClientId,
				aud: IDS.googleClientId,
				sub: '110169484474386276334',
				...times
			}
		},
		'service-account': {
			header: rsHeader,
			claims: {
				iss: 'https://accounts.google.com',
				aud: 'https://orders-abc123-ew.a.run.app',
				azp: '104815165746513131234',
				sub: '104815165746513131234',
				email: IDS.googleServiceAccount,
				email_verified: true,
				...times
			}
		},
		'self-signed': {
			header: rsHeader,
			claims: {
				iss: IDS.googleServiceAccount,
				sub: IDS.googleServiceAccount,
				aud: 'https://orders.googleapis.com/',
				...times
			}
		},
		iap: {
			header: { alg: 'ES256', typ: 'JWT', kid: fixture('es256').kid },
			key: 'es256',
			claims: {
				iss: 'https://cloud.google.com/iap',
				aud: '/projects/123456789012/global/backendServices/9876543210',
				sub: 'accounts.google.com:110169484474386276334',
				email: 'ada@orders.example',
				...times
			}
		}
	},
	// Cognito: awslabs/aws-support-tools#97 (token dump: token_use, client_id and no aud on access tokens).
	cognito: {
		'access-token': {
			header: rsHeader,
			claims: {
				sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
				'cognito:groups': ['admins'],
				iss: `https://cognito-idp.${IDS.cognitoRegion}.amazonaws.com/${IDS.cognitoPool}`,
				client_id: IDS.cognitoClientId,
				origin_jti: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e',
				event_id: 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f',
				token_use: 'access',
				scope: 'aws.cognito.signin.user.admin',
				auth_time: iat,
				...times,
				jti: 'd3e4f5a6-b7c8-4d9e-0f1a-2b3c4d5e6f7a',
				username: 'ada'
			}
		},
		'id-token': {
			header: rsHeader,
			claims: {
				sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
				aud: IDS.cognitoClientId,
				iss: `https://cognito-idp.${IDS.cognitoRegion}.amazonaws.com/${IDS.cognitoPool}`,
				'cognito:username': 'ada',
				token_use: 'id',
				auth_time: iat,
				email: 'ada@orders.example',
				...times
			}
		}
	},
	// Keycloak: keycloak/keycloak#24596 and #35262 (issuer, aud ["account"], azp, realm_access).
	keycloak: {
		'access-token': {
			header: rsHeader,
			claims: {
				...times,
				jti: 'onrtac:8f2d1c3b-4a5e-4f6a-9b8c-7d6e5f4a3b2c',
				iss: `${IDS.keycloakHost}/realms/${IDS.keycloakRealm}`,
				aud: 'account',
				sub: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
				typ: 'Bearer',
				azp: 'orders-web',
				sid: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
				'allowed-origins': ['http://localhost:3000'],
				realm_access: { roles: ['default-roles-orders', 'offline_access'] },
				resource_access: { account: { roles: ['manage-account'] } },
				scope: 'openid profile email',
				preferred_username: 'ada'
			}
		},
		'legacy-auth-path': {
			header: rsHeader,
			claims: {
				...times,
				iss: `http://keycloak:8080/auth/realms/${IDS.keycloakRealm}`,
				aud: 'account',
				sub: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
				typ: 'Bearer',
				azp: 'orders-web',
				session_state: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
				realm_access: { roles: ['offline_access'] }
			}
		},
		'id-token': {
			header: rsHeader,
			claims: {
				...times,
				iss: `${IDS.keycloakHost}/realms/${IDS.keycloakRealm}`,
				aud: 'orders-web',
				sub: 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9',
				typ: 'ID',
				azp: 'orders-web',
				nonce: 'n-0S6_WzA2Mj',
				preferred_username: 'ada'
			}
		}
	},
	// Firebase: firebase.google.com/docs/auth/admin/verify-id-tokens, manage-cookies, create-custom-tokens.
	firebase: {
		'id-token': {
			header: rsHeader,
			claims: {
				iss: `https://securetoken.google.com/${IDS.firebaseProject}`,
				aud: IDS.firebaseProject,
				auth_time: iat,
				user_id: 'Vt3qL8mN2pR5sT9uW1xY4zA7bC0d',
				sub: 'Vt3qL8mN2pR5sT9uW1xY4zA7bC0d',
				...times,
				email: 'ada@orders.example',
				firebase: { identities: { email: ['ada@orders.example'] }, sign_in_provider: 'password' }
			}
		},
		'session-cookie': {
			header: rsHeader,
			claims: {
				iss: `https://session.firebase.google.com/${IDS.firebaseProject}`,
				aud: IDS.firebaseProject,
				auth_time: iat,
				user_id: 'Vt3qL8mN2pR5sT9uW1xY4zA7bC0d',
				sub: 'Vt3qL8mN2pR5sT9uW1xY4zA7bC0d',
				...times,
				firebase: { identities: {}, sign_in_provider: 'password' }
			}
		},
		'custom-token': {
			header: { alg: 'RS256', typ: 'JWT' },
			claims: {
				iss: `firebase-adminsdk-x1y2z@${IDS.firebaseProject}.iam.gserviceaccount.com`,
				sub: `firebase-adminsdk-x1y2z@${IDS.firebaseProject}.iam.gserviceaccount.com`,
				aud: 'https://identitytoolkit.googleapis.com/google.identity.identitytoolkit.v1.IdentityToolkit',
				uid: 'Vt3qL8mN2pR5sT9uW1xY4zA7bC0d',
				...times
			}
		}
	},
	// Supabase: supabase/supabase PR#45401 (user tokens), #17164 (API keys); new projects sign ES256 (PR#37027).
	supabase: {
		'access-token': {
			header: { alg: 'ES256', typ: 'JWT', kid: fixture('es256').kid },
			key: 'es256',
			claims: {
				iss: `https://${IDS.supabaseRef}.supabase.co/auth/v1`,
				sub: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
				aud: 'authenticated',
				...times,
				email: 'ada@orders.example',
				role: 'authenticated',
				aal: 'aal1',
				amr: [{ method: 'password', timestamp: iat }],
				session_id: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b',
				is_anonymous: false
			}
		},
		'api-key': {
			header: { alg: 'HS256', typ: 'JWT' },
			key: 'hs256',
			claims: {
				iss: 'supabase',
				ref: IDS.supabaseRef,
				role: 'anon',
				iat,
				exp: iat + 10 * 365 * 86_400
			}
		},
		'self-hosted': {
			header: { alg: 'HS256', typ: 'JWT' },
			key: 'hs256',
			claims: {
				iss: 'http://127.0.0.1:54321/auth/v1',
				sub: '9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d',
				aud: 'authenticated',
				...times,
				role: 'authenticated',
				aal: 'aal1',
				session_id: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b'
			}
		}
	},
	// Clerk: clerk/clerk-sdk-python#90 (a session token dump: sid, azp, fva, no aud), 60-second lifetime.
	clerk: {
		development: {
			header: { alg: 'RS256', typ: 'JWT', kid: 'ins_2abcDEFghiJKLmnoPQRstuVWXyz' },
			claims: {
				azp: 'http://localhost:3000',
				exp: NOW_SECONDS + 50,
				fva: [0, -1],
				iat: NOW_SECONDS - 10,
				iss: `https://${IDS.clerkDevHost}`,
				nbf: NOW_SECONDS - 15,
				sid: 'sess_2abcDEFghiJKLmnoPQRstuVWXyz',
				sub: 'user_2abcDEFghiJKLmnoPQRstuVWXyz'
			}
		},
		production: {
			header: { alg: 'RS256', typ: 'JWT', kid: 'ins_2abcDEFghiJKLmnoPQRstuVWXyz' },
			claims: {
				azp: 'https://orders.example',
				exp: NOW_SECONDS + 50,
				iat: NOW_SECONDS - 10,
				iss: `https://${IDS.clerkProdHost}`,
				nbf: NOW_SECONDS - 15,
				sid: 'sess_2abcDEFghiJKLmnoPQRstuVWXyz',
				sub: 'user_2abcDEFghiJKLmnoPQRstuVWXyz'
			}
		}
	},
	// GitHub Actions: docs.github.com "About security hardening with OpenID Connect" (example token).
	'github-actions': {
		'workload-identity': {
			header: { alg: 'RS256', typ: 'JWT', kid: fixture('rs256').kid, x5t: fixture('rs256').kid },
			claims: {
				jti: 'example-id',
				sub: `repo:${IDS.githubRepository}:environment:prod`,
				environment: 'prod',
				aud: 'sts.amazonaws.com',
				ref: 'refs/heads/main',
				sha: 'example-sha',
				repository: IDS.githubRepository,
				repository_owner: 'octo-org',
				actor_id: '12',
				repository_visibility: 'private',
				repository_id: '74',
				repository_owner_id: '65',
				run_id: 'example-run-id',
				run_number: '10',
				run_attempt: '2',
				runner_environment: 'github-hosted',
				actor: 'octocat',
				workflow: 'example-workflow',
				head_ref: '',
				base_ref: '',
				event_name: 'workflow_dispatch',
				ref_type: 'branch',
				job_workflow_ref: `${IDS.githubRepository}/.github/workflows/deploy.yml@refs/heads/main`,
				iss: 'https://token.actions.githubusercontent.com',
				...times
			}
		}
	},
	// GitLab: docs.gitlab.com/ci/secrets/id_token_authentication/#token-payload.
	'gitlab-ci': {
		'gitlab.com': {
			header: rsHeader,
			claims: {
				namespace_id: '72',
				namespace_path: 'orders-group',
				project_id: '20',
				project_path: IDS.gitlabProject,
				user_id: '1',
				user_login: 'ada',
				pipeline_id: '574',
				pipeline_source: 'push',
				job_id: '302',
				ref: 'main',
				ref_type: 'branch',
				ref_protected: 'true',
				jti: '235b3a54-b797-45c7-ae9a-f72d7bc6ef5b',
				iss: 'https://gitlab.com',
				...times,
				sub: `project_path:${IDS.gitlabProject}:ref_type:branch:ref:main`,
				aud: 'https://vault.orders.example'
			}
		},
		'self-managed': {
			header: rsHeader,
			claims: {
				namespace_path: 'orders-group',
				project_path: IDS.gitlabProject,
				pipeline_source: 'push',
				ref: 'main',
				ref_type: 'branch',
				iss: 'https://gitlab.orders.example',
				...times,
				sub: `project_path:${IDS.gitlabProject}:ref_type:branch:ref:main`,
				aud: 'sts.amazonaws.com'
			}
		}
	},
	// Kubernetes: hashicorp/vault-plugin-auth-kubernetes#65 (legacy, no exp), cert-manager/cert-manager#4144 (bound).
	kubernetes: {
		projected: {
			header: rsHeader,
			claims: {
				aud: [IDS.kubernetesIssuer],
				...times,
				iss: IDS.kubernetesIssuer,
				'kubernetes.io': {
					namespace: 'orders',
					pod: { name: 'orders-7c9d8b6f5-x2x4z', uid: '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b' },
					serviceaccount: { name: 'orders-api', uid: '1f2a3b4c-5d6e-4f7a-9b0c-1d2e3f4a5b6c' }
				},
				sub: 'system:serviceaccount:orders:orders-api'
			}
		},
		legacy: {
			header: rsHeader,
			claims: {
				iss: 'kubernetes/serviceaccount',
				'kubernetes.io/serviceaccount/namespace': 'orders',
				'kubernetes.io/serviceaccount/secret.name': 'orders-api-token-x2x4z',
				'kubernetes.io/serviceaccount/service-account.name': 'orders-api',
				'kubernetes.io/serviceaccount/service-account.uid': '1f2a3b4c-5d6e-4f7a-9b0c-1d2e3f4a5b6c',
				sub: 'system:serviceaccount:orders:orders-api'
			}
		}
	},
	// Apple: invertase/react-native-apple-authentication#77 (claims), parse-community/parse-server#6408 (short kid).
	apple: {
		'id-token': {
			header: { alg: 'RS256', kid: '86D88Kf' },
			claims: {
				iss: 'https://appleid.apple.com',
				aud: IDS.appleClientId,
				exp: NOW_SECONDS + 300,
				iat: NOW_SECONDS - 300,
				sub: '001234.0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d.1234',
				c_hash: 'Qx7yK2mN4pR6sT8uV0wY1z',
				nonce_supported: true,
				auth_time: NOW_SECONDS - 300
			}
		},
		'client-secret': {
			header: { alg: 'ES256', kid: 'ABC123DEFG' },
			key: 'es256',
			claims: {
				iss: 'DEF123GHIJ',
				iat,
				exp: iat + 86_400 * 180,
				aud: 'https://appleid.apple.com',
				sub: IDS.appleClientId
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
