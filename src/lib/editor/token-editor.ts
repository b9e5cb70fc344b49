// The token editor: its CodeMirror extensions (the token's parts in colour, the structure findings underlined
// with their text on hover) and `mountTokenEditor`, which the Token field loads on first use. Marks live in one
// private StateField, changed only through `setTokenMarks`.
import {
	EditorSelection,
	EditorState,
	StateEffect,
	StateField,
	type Extension,
	type Range
} from '@codemirror/state';
import {
	Decoration,
	EditorView,
	hoverTooltip,
	placeholder,
	type DecorationSet,
	type Tooltip
} from '@codemirror/view';
import type { Diagnostic, TokenMarks } from '$lib/present/token-marks';
import { WRAP_LIMIT } from './limits';
import { fieldContent, fieldEditing, fieldTheme } from './field-theme';

/** Replaces the marks; the editor ignores marks made for another text than the one it holds. */
export const setTokenMarks = StateEffect.define<TokenMarks>();

interface MarksState {
	decorations: DecorationSet;
	diagnostics: readonly Diagnostic[];
	notes: ReadonlyArray<{ from: number; to: number; note: string }>;
}

const EMPTY: MarksState = { decorations: Decoration.none, diagnostics: [], notes: [] };

function build(marks: TokenMarks): MarksState {
	const ranges: Range<Decoration>[] = [];
	for (const mark of marks.marks) {
		ranges.push(Decoration.mark({ class: `cm-tok-${mark.kind}` }).range(mark.from, mark.to));
	}
	for (const d of marks.diagnostics) {
		ranges.push(
			Decoration.mark({
				class: d.severity === 'error' ? 'cm-tok-error' : 'cm-tok-warning',
				attributes: { 'data-diagnostic': d.severity }
			}).range(d.from, d.to)
		);
	}
	const notes = marks.marks.flatMap((m) =>
		m.note ? [{ from: m.from, to: m.to, note: m.note }] : []
	);
	return { decorations: Decoration.set(ranges, true), diagnostics: marks.diagnostics, notes };
}

const marksField = StateField.define<MarksState>({
	create: () => EMPTY,
	update(value, tr) {
		for (const effect of tr.effects) {
			if (effect.is(setTokenMarks)) {
				return effect.value.text === tr.state.doc.toString() ? build(effect.value) : EMPTY;
			}
		}
		if (!tr.docChanged) return value;
		// Until the next report arrives, the old marks follow the text they were painted on.
		const map = <T extends { from: number; to: number }>(r: T): T => ({
			...r,
			from: tr.changes.mapPos(r.from, 1),
			to: tr.changes.mapPos(r.to, -1)
		});
		return {
			decorations: value.decorations.map(tr.changes),
			diagnostics: value.diagnostics.map(map).filter((d) => d.from < d.to),
			notes: value.notes.map(map).filter((n) => n.from < n.to)
		};
	},
	provide: (field) => EditorView.decorations.from(field, (value) => value.decorations)
});

/** What a hover at a position shows: the findings and removal notes whose span covers it, and their extent. */
export interface Hover {
	from: number;
	to: number;
	findings: readonly Diagnostic[];
	notes: readonly string[];
}

/**
 * The hover text at a position, or null where nothing is marked. Kept apart from the tooltip (which needs a
 * DOM) so the decision is tested in Node. `side` is CodeMirror's: at a span's edge, -1 counts the span
 * ending there and 1 the span starting there.
 */
export function hoverAt(state: EditorState, pos: number, side: -1 | 1): Hover | null {
	const { diagnostics, notes } = state.field(marksField);
	const covers = (r: { from: number; to: number }) =>
		(r.from < pos || (r.from === pos && side > 0)) && (r.to > pos || (r.to === pos && side < 0));
	const found = diagnostics.filter(covers);
	const noted = notes.filter(covers);
	if (!found.length && !noted.length) return null;
	return {
		from: Math.min(...found.map((d) => d.from), ...noted.map((n) => n.from)),
		to: Math.max(...found.map((d) => d.to), ...noted.map((n) => n.to)),
		findings: found,
		notes: noted.map((n) => n.note)
	};
}

/** The hover text at a position: every finding whose span covers it, and any note on removed input. */
const findingTooltip = hoverTooltip((view, pos, side): Tooltip | null => {
	const hover = hoverAt(view.state, pos, side);
	if (!hover) return null;
	return {
		pos: hover.from,
		end: hover.to,
		above: true,
		create() {
			const dom = document.createElement('div');
			dom.className = 'cm-tok-tooltip';
			for (const d of hover.findings) {
				const line = document.createElement('p');
				line.className = `cm-tok-tooltip-${d.severity}`;
				// Token-derived text goes in as text, never as HTML.
				line.textContent = d.message;
				dom.append(line);
			}
			for (const note of hover.notes) {
				const line = document.createElement('p');
				line.textContent = note;
				dom.append(line);
			}
			return { dom };
		}
	};
});

// Colours come from CSS variables set in app.css for the light and the dark theme, so both meet AA contrast.
const base = fieldTheme({ min: '9rem', max: '22rem' });
const theme = EditorView.theme({
	...base,
	'.cm-content': { ...base['.cm-content'], wordBreak: 'break-all' },
	// CodeMirror's own placeholder grey (#888) is 3.5:1 on white, below AA; the muted ink meets it in both
	// themes. A theme rule outranks the base theme's.
	'.cm-placeholder': { color: 'var(--muted)' },
	'.cm-tok-header': { color: 'var(--seg-header)' },
	'.cm-tok-payload': { color: 'var(--seg-payload)' },
	'.cm-tok-signature': { color: 'var(--seg-signature)' },
	'.cm-tok-encrypted_key': { color: 'var(--seg-payload)' },
	'.cm-tok-iv': { color: 'var(--seg-iv)' },
	'.cm-tok-ciphertext': { color: 'var(--seg-signature)' },
	'.cm-tok-tag': { color: 'var(--seg-iv)' },
	'.cm-tok-dot': { color: 'var(--ink)', fontWeight: '700', padding: '0 1px' },
	'.cm-tok-removed': { color: 'var(--muted)', textDecoration: 'line-through' },
	'.cm-tok-error': { textDecoration: 'underline wavy var(--bad)', textUnderlineOffset: '3px' },
	'.cm-tok-warning': { textDecoration: 'underline wavy var(--warn)', textUnderlineOffset: '3px' },
	'.cm-tok-rehearsal': {
		position: 'absolute',
		top: '0',
		left: '0',
		visibility: 'hidden',
		pointerEvents: 'none',
		fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
		wordBreak: 'break-all'
	},
	'.cm-tok-tooltip': { maxWidth: '28rem', padding: '0.375rem 0.5rem', color: 'var(--ink)' },
	// The editor sits in a shadow root, out of reach of the page's CSS reset.
	'.cm-tok-tooltip p': { margin: '0' },
	'.cm-tok-tooltip p + p': { marginTop: '0.25rem' },
	'.cm-tok-tooltip-error::before': { content: '"✗ "', color: 'var(--bad)', fontWeight: '700' },
	'.cm-tok-tooltip-warning::before': { content: '"! "', color: 'var(--warn)', fontWeight: '700' }
});

/**
 * The first marks painted on a token cost a few milliseconds that later ones do not: the bold face of the
 * monospace font loads, and the marks' styles are laid out for the first time (issue 18 item 8). A hidden line
 * with one span of each mark, laid out once when the editor mounts and removed two frames later, moves that cost
 * ahead of the first paste. It is outside the content CodeMirror manages, hidden from assistive technology and
 * never painted.
 */
function layOutMarksOnce(view: EditorView): void {
	const sample = document.createElement('div');
	sample.className = 'cm-tok-rehearsal';
	sample.setAttribute('aria-hidden', 'true');
	for (const kind of [
		'header',
		'dot',
		'payload',
		'dot',
		'signature',
		'error',
		'warning',
		'removed'
	]) {
		const span = document.createElement('span');
		span.className = `cm-tok-${kind}`;
		span.textContent = kind === 'dot' ? '.' : 'eyJhbGciOiJSUzI1NiJ9';
		sample.append(span);
	}
	view.dom.append(sample);
	requestAnimationFrame(() => requestAnimationFrame(() => sample.remove()));
}

/**
 * Typing over a selection is applied here, not by the browser. Chrome's editing keeps the look of the text it
 * replaces by wrapping the new text in `<span style="color: …">` (the colour of the token's header), an inline
 * style the page's CSP refuses (style-src-attr), which would be reported as a violation. CodeMirror redraws
 * the line either way, so nothing is lost by doing the replacement through a transaction. Composition (IME)
 * input and typing at a caret are left to the browser, which adds no style there.
 */
export const replaceSelectionOnInput = EditorView.domEventHandlers({
	beforeinput(event, view) {
		if (event.inputType !== 'insertText' || event.isComposing || event.data === null) return false;
		if (view.state.selection.ranges.every((range) => range.empty)) return false;
		event.preventDefault();
		view.dispatch(view.state.replaceSelection(event.data), {
			scrollIntoView: true,
			userEvent: 'input.type'
		});
		return true;
	}
});

/**
 * The caret forgets which side of a line wrap it sat on when focus leaves the editor, so Tab, Shift+Tab and a
 * click on another field always leave it (WCAG 2.1.2, No Keyboard Trap; issue 18, item 1).
 *
 * End (or Home) on a wrapped line leaves the caret at the wrap with a side ("assoc"). On the blur that follows,
 * CodeMirror (@codemirror/view 6.43, `enforceCursorAssoc`) re-applies that side by writing the page's selection
 * into the editor without asking whether it still has focus, and Chrome moves focus to an editable element
 * that receives the selection: focus came straight back, and typing meant for another field went into the
 * token. Resetting the side on blur, before CodeMirror handles the blur, leaves nothing to re-apply. The caret
 * stays where it was; only its side of the wrap is dropped.
 */
const releaseFocusOnBlur = EditorView.domEventHandlers({
	blur(_event, view) {
		const { main } = view.state.selection;
		if (main.empty && main.assoc !== 0) {
			view.dispatch({ selection: EditorSelection.cursor(main.head, 0) });
		}
		return false;
	}
});

/** Lines wrap up to WRAP_LIMIT characters; past it CodeMirror draws only the visible part of the line. */
const wrapUnlessHuge = EditorView.contentAttributes.of((view) =>
	view.state.doc.length > WRAP_LIMIT ? null : { class: 'cm-lineWrapping' }
);

/** The editor behaviour for a pasted token: wrapping, the label, the parts' colours and the underlines. */
export function tokenEditor(options: { label: string; description?: string }): Extension {
	return [
		wrapUnlessHuge,
		fieldContent(options.label, options.description),
		replaceSelectionOnInput,
		releaseFocusOnBlur,
		marksField,
		findingTooltip,
		theme
	];
}

/** What the Token field needs from the editor it mounted. */
export interface MountedTokenEditor {
	/** Replaces the whole text (a value set from outside: a sample, a share link). */
	setText(text: string): void;
	setMarks(marks: TokenMarks): void;
	/** Focuses the editor with this selection (offsets into its text; `anchor` is where it started). */
	focus(selection?: { anchor: number; head: number }): void;
	destroy(): void;
}

/** The Token field's extensions, telling `onchange` of every edit. */
function fieldExtensions(options: {
	placeholder: string;
	label: string;
	description?: string;
	onchange: (text: string) => void;
}): Extension[] {
	return [
		fieldEditing(options.onchange),
		placeholder(options.placeholder),
		tokenEditor({ label: options.label, description: options.description })
	];
}

/**
 * Pastes `text` into a Token field that is never attached, paints `marks` on it, pastes over it once more and
 * removes it: the code a first paste runs in the editor (the paste handler, the edit, the marks), about a
 * hundred functions that had never run and were compiled during that paste (issue 18 item 8), now runs while
 * the browser is idle. Nothing is shown, focused or announced, and the page's own field is not touched.
 */
export function rehearseTokenEditor(text: string, marks: TokenMarks): void {
	// Created here, not kept: a field of its own, so the page's field keeps its text, focus and undo history.
	const host = document.createElement('div');
	const root = host.attachShadow({ mode: 'open' });
	const view = new EditorView({
		root,
		parent: root,
		state: EditorState.create({
			doc: '',
			extensions: fieldExtensions({ placeholder: '', label: 'Token', onchange: () => undefined })
		})
	});
	const paste = (pasted: string) => {
		const data = new DataTransfer();
		data.setData('text/plain', pasted);
		view.contentDOM.dispatchEvent(
			new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
		);
	};
	try {
		paste(text);
		view.dispatch({ effects: setTokenMarks.of(marks) });
		view.dispatch({ selection: { anchor: 0, head: view.state.doc.length } });
		paste(text);
		view.dispatch({ effects: setTokenMarks.of(marks) });
	} finally {
		view.destroy();
	}
	performance.mark(FIELD_REHEARSED_MARK);
}

/** The performance mark set once the Token field's first paste has been rehearsed. */
export const FIELD_REHEARSED_MARK = 'token-inspector:field-rehearsed';

/**
 * Mounts the token editor in `host`'s shadow root with `text`, telling `onchange` of every edit.
 *
 * The editor lives in a shadow root so that CodeMirror puts its theme in a constructed stylesheet
 * (adoptedStyleSheets), which CSP does not govern; in the document itself style-mod would add a <style>
 * element, which a style-src without 'unsafe-inline' (and without a nonce, which a static page cannot have)
 * refuses. The palette's CSS variables inherit through the shadow boundary.
 */
export function mountTokenEditor(options: {
	host: HTMLElement;
	text: string;
	/** Start empty and insert `text` as an edit, so that undo takes it back (text the user entered). */
	undoable?: boolean;
	placeholder: string;
	label: string;
	description?: string;
	onchange: (text: string) => void;
}): MountedTokenEditor {
	const { host } = options;
	const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
	const view = new EditorView({
		root,
		parent: root,
		state: EditorState.create({
			doc: options.undoable ? '' : options.text,
			extensions: fieldExtensions(options)
		})
	});
	if (options.undoable && options.text) {
		view.dispatch({ changes: { from: 0, insert: options.text }, userEvent: 'input.paste' });
	}
	layOutMarksOnce(view);
	return {
		setText: (text) =>
			view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
		setMarks: (marks) => view.dispatch({ effects: setTokenMarks.of(marks) }),
		focus(selection) {
			if (selection) {
				const length = view.state.doc.length;
				const clamp = (at: number) => Math.max(0, Math.min(at, length));
				view.dispatch({
					selection: EditorSelection.single(clamp(selection.anchor), clamp(selection.head)),
					scrollIntoView: true
				});
			}
			view.focus();
		},
		destroy: () => view.destroy()
	};
}
