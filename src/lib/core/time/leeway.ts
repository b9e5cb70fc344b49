// The clock leeway, RFC 7519 §4.1.4–4.1.5: "some small leeway, usually no more than a few minutes, to account
// for clock skew". One reading of it for the core, the page's field and the timeline, so that they never judge
// with different leeways.

/**
 * The leeway in seconds the checks judge with: the value when it is a finite number above zero, else 0 (an
 * empty field, a negative or non-finite number: no leeway, never a negative one that would reject valid tokens).
 */
export function normalizeLeeway(seconds: number | null | undefined): number {
	return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
}
