import { defineCheck } from './check';
import { authorizationHeaderBytes, BEARER_PREFIX, utf8Bytes } from '../header-size';

// RFC 6750 §2.1 sends a bearer token as the request header line `Authorization: Bearer <token>`. RFC 7519 sets
// no size limit on a JWT, but servers and proxies refuse request headers past a configurable size, so a token
// that grows (claims, groups, roles) stops working at the first hop whose limit it crosses, with a 400 or 431
// and no word about the token. This check sizes that header line in bytes (../header-size.ts) and compares it
// with each default below.

/** A server's or proxy's default request-header limit: on one header line, or on all headers together. */
export interface HeaderLimit {
	server: string;
	/** The setting that holds the limit, as its documentation names it. */
	setting: string;
	bytes: number;
	/** `line`: the limit is on each header line; `total`: on all request headers together (request line too). */
	scope: 'line' | 'total';
	/** What the server answers past the limit. */
	status: string;
}

/**
 * The default limits, lowest first. Each from its documentation:
 * - Apache httpd `LimitRequestFieldSize` 8190 bytes per header field, answered with 400
 *   (https://httpd.apache.org/docs/2.4/mod/core.html#limitrequestfieldsize; DEFAULT_LIMIT_REQUEST_FIELDSIZE
 *   8190 in include/httpd.h).
 * - nginx `large_client_header_buffers 4 8k`: "A request header field cannot exceed the size of one buffer as
 *   well, or the 400 (Bad Request) error is returned" (https://nginx.org/en/docs/http/ngx_http_core_module.html
 *   #large_client_header_buffers); its page reads "Request Header Or Cookie Too Large".
 * - Apache Tomcat `maxHttpHeaderSize` 8192 bytes for the request line and headers together, answered with 400
 *   (https://tomcat.apache.org/tomcat-9.0-doc/config/http.html).
 * - Node.js `--max-http-header-size` 16 KiB for all headers (https://nodejs.org/api/cli.html
 *   #--max-http-header-sizesize; http.maxHeaderSize), answered with 431 Request Header Fields Too Large
 *   (nodejs/node#25528).
 * - Windows HTTP.sys (IIS) `MaxFieldLength` 16384 bytes per header, answered with 400 "Header Field Too Long"
 *   (https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/iisadmin-service-inetinfo/httpsys-registry-windows).
 * - AWS Application Load Balancer: 16K for a single header, answered with 400 (HTTP headers quotas in
 *   https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-limits.html).
 * - ASP.NET Core Kestrel `MaxRequestHeadersTotalSize` 32,768 bytes for all headers, answered with 431
 *   (https://learn.microsoft.com/en-us/dotnet/api/microsoft.aspnetcore.server.kestrel.core.kestrelserverlimits.maxrequestheaderstotalsize).
 * - Envoy `max_request_headers_kb` 60 KiB for all headers, answered with 431 (https://www.envoyproxy.io/docs/
 *   envoy/latest/api-v3/extensions/filters/network/http_connection_manager/v3/http_connection_manager.proto).
 * Cloudflare is left out: no documented figure could be confirmed.
 */
export const HEADER_LIMITS: readonly HeaderLimit[] = [
	{
		server: 'Apache httpd',
		setting: 'LimitRequestFieldSize',
		bytes: 8190,
		scope: 'line',
		status: '400 Bad Request'
	},
	{
		server: 'nginx',
		setting: 'large_client_header_buffers',
		bytes: 8192,
		scope: 'line',
		status: '400 "Request Header Or Cookie Too Large"'
	},
	{
		server: 'Tomcat',
		setting: 'maxHttpHeaderSize',
		bytes: 8192,
		scope: 'total',
		status: '400 Bad Request'
	},
	{
		server: 'Node.js',
		setting: '--max-http-header-size',
		bytes: 16384,
		scope: 'total',
		status: '431 Request Header Fields Too Large'
	},
	{
		server: 'IIS / HTTP.sys',
		setting: 'MaxFieldLength',
		bytes: 16384,
		scope: 'line',
		status: '400 "Header Field Too Long"'
	},
	{
		server: 'AWS ALB',
		setting: 'single header quota',
		bytes: 16384,
		scope: 'line',
		status: '400 Bad Request'
	},
	{
		server: 'Kestrel',
		setting: 'MaxRequestHeadersTotalSize',
		bytes: 32768,
		scope: 'total',
		status: '431 Request Header Fields Too Large'
	},
	{
		server: 'Envoy',
		setting: 'max_request_headers_kb',
		bytes: 61440,
		scope: 'total',
		status: '431 Request Header Fields Too Large'
	}
];

const LOWEST = Math.min(...HEADER_LIMITS.map((limit) => limit.bytes));
const HIGHEST = Math.max(...HEADER_LIMITS.map((limit) => limit.bytes));

// Entra ID puts at most 200 groups in a JWT; past that it leaves "groups" out and says where to get them
// ("_claim_names"/"_claim_sources", or "hasgroups" in the implicit flow), "to ensure that the token size
// doesn't exceed HTTP header size limits":
// https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference#groups-overage-claim
// and https://learn.microsoft.com/en-us/troubleshoot/entra/entra-id/app-integration/get-signed-in-users-groups-in-access-token
const ENTRA_GROUP_LIMIT = 200;
const GROUPS_FIX =
	'Emit only the groups assigned to the application (Entra ID: groupMembershipClaims "ApplicationGroup"), or use app roles instead of groups; see https://learn.microsoft.com/en-us/entra/identity-platform/optional-claims#configure-groups-optional-claims.';
// This inspector's policy, not a documented figure: when the "groups" claim is more than half the claims set,
// the groups are what makes the token large.
const GROUPS_SHARE = 0.5;

export const sizeCheck = defineCheck({
	id: 'size',
	title: 'Size',
	spec: 'RFC 6750 §2.1 (the Authorization header) against server defaults',
	codes: [
		'size.no-token',
		'size.unread',
		'size.ok',
		'size.group-overage',
		'size.over-lowest',
		'size.over-all',
		'size.groups'
	],
	run(context) {
		const view = context.token.view;
		if (view.kind === 'empty')
			return { status: 'skip', code: 'size.no-token', detail: 'No token yet.' };
		// Text too long to read (parse.ts, structure.too-large) leaves no normalised token to size.
		if (view.normalized.length === 0)
			return {
				status: 'skip',
				code: 'size.unread',
				detail: 'The pasted text was not read (see structure), so its size is not judged here.'
			};
		// A decrypted JWE is sent as the JWE, not as the token it holds (issue 19).
		const bytes = authorizationHeaderBytes(context.sent ?? view.normalized);
		const size = `The header "${BEARER_PREFIX}…" is ${formatBytes(bytes)}`;
		const lowest = `${exactBytes(LOWEST)} (${HEADER_LIMITS[0]!.server} ${HEADER_LIMITS[0]!.setting})`;
		const claims = context.token.claims;
		if (bytes <= LOWEST) {
			if (claims && hasGroupOverage(claims)) {
				return {
					status: 'pass',
					code: 'size.group-overage',
					detail: `${size}, under the lowest common limit, ${lowest}. The token carries Entra ID's group overage marker ("_claim_names" or "hasgroups") instead of "groups": the user is in more groups than Entra ID puts in a token (${ENTRA_GROUP_LIMIT} in a JWT, fewer in the implicit flow, where "hasgroups" marks it), so Entra ID left them out to keep the token small, and an app that reads "groups" finds none. It must fetch them from Microsoft Graph.`,
					fix: GROUPS_FIX
				};
			}
			return {
				status: 'pass',
				code: 'size.ok',
				detail: `${size}, under the lowest common limit, ${lowest}.`
			};
		}
		const refusing = HEADER_LIMITS.filter((limit) => bytes > limit.bytes);
		const accepting = HEADER_LIMITS.filter((limit) => bytes <= limit.bytes);
		const refused = refusing
			.map(
				(limit) => `${limit.server} (${limit.setting} ${exactBytes(limit.bytes)}: ${limit.status})`
			)
			.join('; ');
		const groups = claims ? groupsShare(claims) : undefined;
		// Over every default: no common server accepts it unconfigured. Still a warning, not a failure: the limits
		// are settings the API's operator may have raised, and the token itself is neither forged nor out of date.
		const whole =
			accepting.length === 0
				? `${size}, over every common default. Refused by ${refused}.`
				: `${size}. With default settings it is refused by ${refused}; accepted by ${accepting.map((limit) => limit.server).join(' and ')}.`;
		const others = refusing.some((limit) => limit.scope === 'total')
			? ' Limits on all headers together also count the other headers the request carries.'
			: '';
		if (groups) {
			return {
				status: 'warn',
				code: 'size.groups',
				detail: `${whole}${others} Its "groups" claim lists ${groups.count} groups, ${Math.round(groups.share * 100)}% of the claims: Entra ID would list at most ${ENTRA_GROUP_LIMIT} in a JWT and then put a "_claim_names" overage marker in their place, so that the app fetches them from Microsoft Graph.`,
				fix: GROUPS_FIX
			};
		}
		return {
			status: 'warn',
			code: accepting.length === 0 ? 'size.over-all' : 'size.over-lowest',
			detail: `${whole}${others}`,
			fix: 'Send fewer or shorter claims (put large data behind an API the token grants access to), or raise the limit on every server and proxy the request passes.'
		};
	}
});

/** True when the claims carry Entra ID's group overage marker instead of the groups. */
function hasGroupOverage(claims: Record<string, unknown>): boolean {
	if (claims.hasgroups === true) return true;
	const names = claims._claim_names;
	return typeof names === 'object' && names !== null && Object.hasOwn(names, 'groups');
}

/** The "groups" claim's entry count and share of the claims set, when it is what makes the token large. */
function groupsShare(
	claims: Record<string, unknown>
): { count: number; share: number } | undefined {
	const groups = claims.groups;
	if (!Array.isArray(groups) || groups.length === 0) return undefined;
	const share = utf8Bytes(JSON.stringify(groups)) / utf8Bytes(JSON.stringify(claims));
	return share > GROUPS_SHARE ? { count: groups.length, share } : undefined;
}

/** "8,190 bytes": exact, since the limits are exact. */
function exactBytes(bytes: number): string {
	return `${bytes.toLocaleString('en-US')} bytes`;
}

/** "285 bytes", or "20,600 bytes (20.1 KB)" past 1 KB. */
function formatBytes(bytes: number): string {
	return bytes < 1024
		? exactBytes(bytes)
		: `${exactBytes(bytes)} (${(bytes / 1024).toFixed(1)} KB)`;
}
