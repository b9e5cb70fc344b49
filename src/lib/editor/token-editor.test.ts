// The token editor's extensions, tested in Node as @codemirror/lint tests its own: an EditorState with the
// extensions (no view, so no DOM), transactions and effects dispatched to it, and the decorations and state
// it holds read back. The tooltip's DOM is not built here; what it shows is decided by `hoverAt`, tested below.
import { EditorState, type Transaction, type TransactionSpec } from '@codemirror/state';
import { EditorView, type DecorationSet } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { tokenMarksOf, type TokenMarks } from '$lib/present/token-marks';
import { inspectAt, TOKENS } from '$lib/testing/fixtures';
import { WRAP_LIMIT } from './limits';
import { hoverAt, setTokenMarks, tokenEditor } from './token-editor';

const extensions = tokenEditor({ label: 'Token' });
const stateWith = (doc: string) => EditorState.create({ doc, extensions });
const apply = (state: EditorState, spec: TransactionSpec): EditorState =>
	(state.update(spec) as Transaction).state;
const painted = (state: EditorState, marks: TokenMarks) =>
	apply(state, { effects: setTokenMarks.of(marks) });

/** Every decoration the extensions give the view, as `class from–to` (with the diagnostic attribute). */
function decorations(state: EditorState): string[] {
	const out: string[] = [];
	for (const source of state.facet(EditorView.decorations)) {
		// The marks field provides a DecorationSet; a function source would need a view, and there is none.
		if (typeof source === 'function') continue;
		(source as DecorationSet).between(0, state.doc.length, (from, to, value) => {
			const spec = value.spec as { class?: string; attributes?: Record<string, string> };
			const attribute = spec.attributes?.['data-diagnostic'];
			out.push(`${spec.class} ${from}-${to}${attribute ? ` ${attribute}` : ''}`);
		});
	}
	return out.sort();
}

/** The class attribute the content element gets, from every contentAttributes source. */
function contentClasses(state: EditorState): string[] {
	const view = { state } as EditorView; // the sources read only `view.state`
	return state
		.facet(EditorView.contentAttributes)
		.map((source) => (typeof source === 'function' ? source(view) : source))
		.flatMap((attributes) => (attributes?.class ? [attributes.class] : []));
}

describe('the token editor', () => {
	it('colours the three parts of a JWS and the dots between them', async () => {
		const token = TOKENS.hs256!;
		const [header, payload] = token.split('.').map((part) => part.length) as [number, number];
		const state = painted(stateWith(token), tokenMarksOf(await inspectAt({ token }), token));
		const dot1 = header;
		const dot2 = header + 1 + payload;
		expect(decorations(state)).toEqual(
			[
				`cm-tok-header 0-${dot1}`,
				`cm-tok-dot ${dot1}-${dot1 + 1}`,
				`cm-tok-payload ${dot1 + 1}-${dot2}`,
				`cm-tok-dot ${dot2}-${dot2 + 1}`,
				`cm-tok-signature ${dot2 + 1}-${token.length}`
			].sort()
		);
	});

	it('underlines each finding with a span where the report puts it, and hovers its message', async () => {
		const [h, p, s] = TOKENS.hs256!.split('.');
		const text = `${h}.${p!.slice(0, 10)}*${p!.slice(11)}.${s}`;
		const marks = tokenMarksOf(await inspectAt({ token: text }), text);
		const state = painted(stateWith(text), marks);
		const underlines = decorations(state).filter((d) => d.startsWith('cm-tok-error'));
		expect(underlines).toEqual(
			marks.diagnostics.map((d) => `cm-tok-error ${d.from}-${d.to} error`).sort()
		);
		const star = text.indexOf('*');
		expect(underlines.length).toBeGreaterThan(0);
		expect(hoverAt(state, star, 1)?.findings.map((d) => d.severity)).toContain('error');
	});

	it('maps warnings and errors to their own underline, and hovers all that cover a position', () => {
		const text = 'abcdefghij';
		const state = painted(stateWith(text), {
			text,
			marks: [],
			diagnostics: [
				{ from: 2, to: 6, severity: 'error', message: 'E' },
				{ from: 4, to: 8, severity: 'warning', message: 'W' }
			]
		});
		expect(decorations(state)).toEqual(['cm-tok-error 2-6 error', 'cm-tok-warning 4-8 warning']);
		expect(hoverAt(state, 5, 1)).toEqual({
			from: 2,
			to: 8,
			findings: [
				{ from: 2, to: 6, severity: 'error', message: 'E' },
				{ from: 4, to: 8, severity: 'warning', message: 'W' }
			],
			notes: []
		});
		// At a span's edge, the side says which span the pointer is over.
		expect(hoverAt(state, 6, 1)?.findings.map((d) => d.message)).toEqual(['W']);
		expect(hoverAt(state, 6, -1)?.findings.map((d) => d.message)).toEqual(['E', 'W']);
		expect(hoverAt(state, 2, -1)).toBeNull();
		expect(hoverAt(state, 9, 1)).toBeNull();
	});

	it('strikes through a removed prefix and hovers the note on it', async () => {
		const text = `Bearer ${TOKENS.hs256}`;
		const state = painted(stateWith(text), tokenMarksOf(await inspectAt({ token: text }), text));
		expect(decorations(state)).toContain('cm-tok-removed 0-7');
		expect(decorations(state).find((d) => d.startsWith('cm-tok-header'))).toMatch(/ 7-/);
		expect(hoverAt(state, 3, 1)).toMatchObject({ from: 0, to: 7, findings: [] });
		expect(hoverAt(state, 3, 1)?.notes).toHaveLength(1);
	});

	it('ignores marks made for another text than the one it holds', async () => {
		const token = TOKENS.hs256!;
		const marks = tokenMarksOf(await inspectAt({ token }), token);
		const state = painted(stateWith(`${token}x`), marks);
		expect(decorations(state)).toEqual([]);
		// Stale marks also clear the ones painted before.
		const repainted = painted(painted(stateWith(token), marks), { ...marks, text: 'other' });
		expect(decorations(repainted)).toEqual([]);
	});

	it('moves the marks with an edit until the next report, and drops them when the text is replaced', async () => {
		const token = TOKENS.hs256!;
		const header = token.indexOf('.');
		const withError: TokenMarks = {
			...tokenMarksOf(await inspectAt({ token }), token),
			diagnostics: [{ from: 0, to: 3, severity: 'error', message: 'E' }]
		};
		const state = painted(stateWith(token), withError);
		const shifted = apply(state, { changes: { from: 0, insert: '  ' } });
		expect(decorations(shifted)).toContain(`cm-tok-header 2-${header + 2}`);
		expect(hoverAt(shifted, 3, 1)?.findings.map((d) => [d.from, d.to])).toEqual([[2, 5]]);

		// A sample or a share link sets the whole text: nothing painted on the old text survives.
		const replaced = apply(state, {
			changes: { from: 0, to: state.doc.length, insert: TOKENS.hs384! }
		});
		expect(decorations(replaced)).toEqual([]);
		expect(hoverAt(replaced, 1, 1)).toBeNull();
	});

	it('wraps lines up to the wrap limit and not past it', () => {
		expect(contentClasses(stateWith('a'.repeat(WRAP_LIMIT)))).toContain('cm-lineWrapping');
		expect(contentClasses(stateWith('a'.repeat(WRAP_LIMIT + 1)))).not.toContain('cm-lineWrapping');
		// The rule follows the text as it changes, not only the text it started with.
		const grown = apply(stateWith('a'.repeat(WRAP_LIMIT)), { changes: { from: 0, insert: 'a' } });
		expect(contentClasses(grown)).not.toContain('cm-lineWrapping');
	});

	it('labels the content element for assistive technology', () => {
		const state = EditorState.create({
			extensions: tokenEditor({ label: 'Token', description: 'Paste a JWT' })
		});
		const view = { state } as EditorView;
		const attributes = Object.assign(
			{},
			...state
				.facet(EditorView.contentAttributes)
				.map((source) => (typeof source === 'function' ? source(view) : source))
		);
		expect(attributes).toMatchObject({
			'aria-label': 'Token',
			'aria-description': 'Paste a JWT',
			'aria-multiline': 'true',
			spellcheck: 'false'
		});
	});
});
