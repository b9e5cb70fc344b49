import { describe, expect, it } from 'vitest';
import { oauthErrorMeaning } from './oauth-error';

describe('explaining an OAuth error redirect', () => {
	it.each(['access_denied', 'unsupported_response_type', 'login_required', 'invalid_scope'])(
		'explains %s',
		(code) => expect(oauthErrorMeaning(code)).toEqual(expect.any(String))
	);

	it('has no meaning for a provider’s own code, nor for an inherited property name', () => {
		expect(oauthErrorMeaning('AADSTS50011')).toBeUndefined();
		expect(oauthErrorMeaning('constructor')).toBeUndefined();
		expect(oauthErrorMeaning('__proto__')).toBeUndefined();
	});
});
