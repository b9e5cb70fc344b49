import { describe, expect, it } from 'vitest';
import { describeSize, overloadMessage } from './overload';

describe('the too-heavy message', () => {
	it('says the inspection was stopped, after how long, and that there is no verdict', () => {
		const message = overloadMessage({ tokenLength: 5_200_000, keyLength: 40, limitMs: 2000 });
		expect(message).toContain('longer than 2 s');
		expect(message).toContain('no verdict');
		expect(message).toContain('the token (5.2 million characters)');
	});

	it('names the key when the key is the larger part', () => {
		const message = overloadMessage({ tokenLength: 300, keyLength: 90_000, limitMs: 2000 });
		expect(message).toContain('the key (90 thousand characters)');
	});

	it.each([
		[1, '1 character'],
		[9_999, '9,999 characters'],
		[10_000, '10 thousand characters'],
		[8_400_000, '8.4 million characters']
	])('describes %i characters as "%s"', (length, text) => {
		expect(describeSize(length)).toBe(text);
	});
});
