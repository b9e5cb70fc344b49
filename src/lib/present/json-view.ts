// The decoded header and payload as formatted JSON, one top-level member at a time, so that each name can
// explain itself and each time claim can show its dates. Bounded: a 1 MB payload shows its start, and the
// copy buttons still give everything.
import { abbreviate } from '$lib/core/text';

export interface MemberView {
	name: string;
	/** The value as formatted JSON (the page indents it under its name); cut short when it is huge. */
	json: string;
	/** How many characters of the value's JSON were left out (0 when all of it is shown). */
	cut: number;
}

export interface ObjectView {
	members: MemberView[];
	/** Members not shown at all, past `maxMembers`. */
	more: number;
}

const LIMITS = { maxMembers: 200, maxChars: 4_000 };

/** Formatted JSON (2-space indent); a value nested too deeply for the engine says so instead of throwing. */
export function formatJson(value: unknown): string {
	try {
		return JSON.stringify(value, null, 2) ?? String(value);
	} catch (error) {
		if (error instanceof RangeError) return '(nested too deeply to show)';
		throw error;
	}
}

/** The members of a decoded object, formatted for the page, within the display limits. */
export function objectView(object: Record<string, unknown>, limits = LIMITS): ObjectView {
	const names = Object.keys(object);
	const members = names.slice(0, limits.maxMembers).map((name) => {
		const value = object[name];
		// A huge string is cut before it is formatted, so a 1 MB claim costs what is shown, not its size.
		if (typeof value === 'string' && value.length > limits.maxChars) {
			const shown = formatJson(value.slice(0, limits.maxChars));
			return { name, json: shown.slice(0, -1) + '…', cut: value.length - limits.maxChars };
		}
		const full = formatJson(value);
		if (full.length <= limits.maxChars) return { name, json: full, cut: 0 };
		return { name, json: full.slice(0, limits.maxChars) + '…', cut: full.length - limits.maxChars };
	});
	return { members, more: Math.max(0, names.length - limits.maxMembers) };
}

/** A member name as JSON writes it (quoted, escaped), shortened when it is absurdly long. */
export function jsonName(name: string): string {
	return abbreviate(JSON.stringify(name), 200);
}
