import { describe, expect, it } from 'vitest';
import {
	parseDotnetDate,
	parseGoDuration,
	readMessageTimes,
	readQuotedValues
} from './error-values';

describe('readQuotedValues', () => {
	const cases: Array<[library: string, text: string, values: Array<[string, string, string]>]> = [
		[
			'IDX10214',
			"IDX10214: Audience validation failed. Audiences: 'api://billing'. Did not match: validationParameters.ValidAudience: 'api://orders' or validationParameters.ValidAudiences: 'null'.",
			[
				['audience', 'token', 'api://billing'],
				['audience', 'expected', 'api://orders']
			]
		],
		[
			'IDX10205',
			"IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/t/'. Did not match: validationParameters.ValidIssuer: 'null' or validationParameters.ValidIssuers: 'https://login.microsoftonline.com/t/v2.0'.",
			[
				['issuer', 'token', 'https://sts.windows.net/t/'],
				['issuer', 'expected', 'https://login.microsoftonline.com/t/v2.0']
			]
		],
		[
			'ruby-jwt',
			'JWT::InvalidAudError: Invalid audience. Expected api://orders, received api://billing',
			[
				['audience', 'expected', 'api://orders'],
				['audience', 'token', 'api://billing']
			]
		],
		[
			'ruby-jwt (array)',
			'JWT::InvalidIssuerError: Invalid issuer. Expected ["https://a.example/", "https://b.example/"], received <none>',
			[
				['issuer', 'expected', 'https://a.example/'],
				['issuer', 'expected', 'https://b.example/']
			]
		],
		[
			'jsonwebtoken',
			'JsonWebTokenError: jwt audience invalid. expected: api://orders or api://admin',
			[
				['audience', 'expected', 'api://orders'],
				['audience', 'expected', 'api://admin']
			]
		],
		[
			'jjwt',
			'io.jsonwebtoken.IncorrectClaimException: Expected iss claim to be: https://auth.example.com, but was: https://auth.example.org.',
			[
				['issuer', 'expected', 'https://auth.example.com'],
				['issuer', 'token', 'https://auth.example.org']
			]
		],
		[
			'Firebase Admin',
			'Firebase ID token has incorrect "aud" (audience) claim. Expected "orders-prod" but got "orders-staging".',
			[
				['audience', 'expected', 'orders-prod'],
				['audience', 'token', 'orders-staging']
			]
		],
		[
			'ASP.NET Core',
			'error_description="The audience \'api://billing\' is invalid"',
			[['audience', 'token', 'api://billing']]
		],
		[
			'google-auth-library',
			'Invalid issuer, expected one of [accounts.google.com,https://accounts.google.com], but got https://evil.example',
			[
				['issuer', 'expected', 'accounts.google.com'],
				['issuer', 'expected', 'https://accounts.google.com'],
				['issuer', 'token', 'https://evil.example']
			]
		],
		[
			'Keycloak',
			'reason="Invalid token issuer. Expected \'http://keycloak:8080/realms/demo\'"',
			[['issuer', 'expected', 'http://keycloak:8080/realms/demo']]
		]
	];
	it.each(cases)('reads the values in %s’s message', (_library, text, values) => {
		expect(readQuotedValues(text).map((v) => [v.field, v.role, v.value])).toEqual(values);
	});

	it('leaves out values hidden as PII, and finds nothing in a message without values', () => {
		const hidden =
			"IDX10214: Audience validation failed. Audiences: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'. Did not match: validationParameters.ValidAudience: '[PII is hidden]' or validationParameters.ValidAudiences: '[PII is hidden]'.";
		expect(readQuotedValues(hidden)).toEqual([]);
		expect(readQuotedValues('jwt expired')).toEqual([]);
	});
});

describe('readMessageTimes', () => {
	it('reads IDX10223’s ValidTo and Current time, in both .NET formats', () => {
		expect(
			readMessageTimes(
				"IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '11/25/2026 1:00:00 PM', Current time (UTC): '11/25/2026 1:03:00 PM'."
			)
		).toEqual({
			exp: new Date('2026-11-25T13:00:00Z'),
			serverNow: new Date('2026-11-25T13:03:00Z')
		});
		expect(parseDotnetDate('11/25/2026 13:00:00')).toEqual(new Date('2026-11-25T13:00:00Z'));
		expect(parseDotnetDate('12/01/2026 12:05:00 AM')).toEqual(new Date('2026-12-01T00:05:00Z'));
	});

	it('reads jjwt’s exp, current time and skew', () => {
		expect(
			readMessageTimes(
				'JWT expired 30214 milliseconds ago at 2026-11-25T13:00:00.000Z. Current time: 2026-11-25T13:00:30.214Z. Allowed clock skew: 0 milliseconds.'
			)
		).toEqual({
			exp: new Date('2026-11-25T13:00:00Z'),
			serverNow: new Date('2026-11-25T13:00:30.214Z'),
			skewSeconds: 0
		});
	});

	it('reads google-auth-library’s now and exp + 300', () => {
		expect(readMessageTimes('Token used too late, 1796120430.5 > 1796120300: {}')).toEqual({
			serverNow: new Date(1796120430500),
			exp: new Date(1796120000000),
			skewSeconds: 300
		});
	});

	it('reads golang-jwt’s "expired by", and the "at <time>" of fast-jwt, aws-jwt-verify and ASP.NET', () => {
		expect(readMessageTimes('token has invalid claims: token is expired by 2m30s')).toEqual({
			pastExpSeconds: 150
		});
		expect(parseGoDuration('1h2m3.5s')).toBe(3723.5);
		const exp = new Date('2026-12-01T11:30:00Z');
		expect(
			readMessageTimes('TokenError: The token has expired at 2026-12-01T11:30:00.000Z.')
		).toEqual({ exp });
		expect(readMessageTimes('JwtExpiredError: Token expired at 2026-12-01T11:30:00.000Z')).toEqual({
			exp
		});
		expect(
			readMessageTimes('error_description="The token expired at \'12/01/2026 11:30:00\'"')
		).toEqual({ exp });
	});

	it('states nothing for a message without times, or with an unreadable one', () => {
		expect(readMessageTimes('jwt expired')).toEqual({});
		expect(readMessageTimes("The token expired at '25.11.2026 13:00:00'")).toEqual({});
	});
});
