// The figures every benchmark row reports: median and 95th percentile (nearest rank) of its samples.

export interface Stats {
	median: number;
	p95: number;
	max: number;
	runs: number;
}

/** Median, p95 and maximum of the samples. */
export function stats(samples: number[]): Stats {
	const sorted = samples.toSorted((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
	return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)!, runs: sorted.length };
}

/** One row of the bench table. */
export interface Row {
	measure: string;
	median: string;
	p95: string;
	runs: number | string;
	budget: string;
	/** true: within budget; false: over it; undefined: no budget for this row. */
	within?: boolean;
}

export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;
export const us = (n: number) => `${n < 100 ? n.toFixed(1) : Math.round(n)} µs`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
