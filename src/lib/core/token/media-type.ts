// RFC 7515 §4.1.9: "typ" is a media type, compared case-insensitively, whose "application/" prefix may be
// omitted. RFC 7519 §5.1 and RFC 9068 §2.1 name the types that say "this payload is a JWT claims set".

/** A "typ" value in the short, lower-case form the comparisons use: "application/JWT" → "jwt". */
export function normaliseTyp(typ: string): string {
	const lower = typ.toLowerCase();
	return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** Whether a header declares its payload a JWT claims set ("JWT" or "at+jwt", any case, any prefix). */
export function declaresJwt(header: Record<string, unknown> | undefined): boolean {
	const typ = header?.typ;
	if (typeof typ !== 'string') return false;
	const short = normaliseTyp(typ);
	return short === 'jwt' || short === 'at+jwt';
}
